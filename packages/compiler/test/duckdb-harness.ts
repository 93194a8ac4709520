import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import type { CompiledQuery } from '../src/index.js';

/** A result row with numbers as numbers, dates as 'YYYY-MM-DD' text and nulls as null. */
export type Row = Record<string, string | number | boolean | null>;

/**
 * An in-memory DuckDB for the correctness tests: the test creates its tables with plain
 * SQL (the rows written out by hand), makes the `src_<id>` view the engine would make,
 * and runs compiled queries with their parameters bound.
 */
export class TestDb {
  private constructor(private readonly connection: DuckDBConnection) {}

  static async open(): Promise<TestDb> {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    // The compiler must not depend on the session's zone: run the tests in a far-off one.
    await connection.run(`set TimeZone = 'America/Los_Angeles'`);
    return new TestDb(connection);
  }

  async exec(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  async run(query: CompiledQuery): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(query.sql, query.parameters as DuckDBValue[]);
    const types = reader.columnTypes().map(String);
    const names = reader.columnNames();
    return reader.getRowsJson().map((values) => {
      const row: Row = {};
      names.forEach((name, i) => {
        const value = values[i];
        const type = types[i] ?? '';
        row[name] =
          value === null || value === undefined
            ? null
            : /INT/.test(type) || type === 'DOUBLE'
              ? Number(value)
              : (value as string | number | boolean);
      });
      return row;
    });
  }

  /** The rows of a plain SQL query, for expectations worked out by an independent query. */
  async select(sql: string): Promise<Row[]> {
    return this.run({ sql, parameters: [] });
  }

  close(): void {
    this.connection.closeSync();
  }
}

/** The series rows of one grouping tag, keyed by period, for compact expectations. */
export function byPeriod(rows: readonly Row[], grouping: string): Map<string, Row> {
  return new Map(rows.filter((r) => r.grouping === grouping).map((r) => [String(r.period), r]));
}
