import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { type JsValue, toDuckDBParameter, toJsValue } from './duckdb-value.js';
import { sqlIdentifier, sqlString } from './sql-literal.js';

/** SQL with its bound parameters, as the compiler produces it (structurally kysely's CompiledQuery). */
export interface SqlQuery {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/** One result row, column name → plain JS value. */
export type Row = Readonly<Record<string, JsValue>>;

export interface SessionOptions {
  /**
   * A DuckDB file to read: attached READ_ONLY under the alias `project`, so sources
   * of the form `{ table: … }` read `project.<table>`. Nothing is ever written to it.
   */
  readonly database?: string;
  /**
   * Load each source once into a typed temporary table (default true) instead of a view
   * that re-reads and re-casts the data on every query. A session runs several queries
   * per source (the cast check, the fused query, a breakdown pass, other scorecards on
   * the same source), so paying the read and the casts once is faster; the price is
   * memory for the typed rows while the session is open.
   */
  readonly materialize?: boolean;
}

/**
 * A DuckDB session at the edge of the pipeline: an in-memory database whose session
 * time zone is UTC (the engine converts to each source's zone explicitly), with data
 * files attached read-only. Queries run as prepared statements with bound parameters.
 * Close it when done; it holds native memory.
 *
 * @example
 * const session = await EngineSession.open({ database: '/data/desk.duckdb' });
 * const rows = await session.query({ sql: 'select ? + 1 as n', parameters: [41] }); // [{ n: 42 }]
 * session.close();
 */
export class EngineSession {
  private attachCount = 0;
  /** See {@link SessionOptions.materialize}. */
  readonly materialize: boolean;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    options: SessionOptions,
  ) {
    this.materialize = options.materialize ?? true;
  }

  /** Opens an in-memory session; see {@link SessionOptions}. */
  static async open(options: SessionOptions = {}): Promise<EngineSession> {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const session = new EngineSession(instance, connection, options);
    try {
      await session.execute("set TimeZone = 'UTC'");
      if (options.database)
        await session.execute(`attach ${sqlString(options.database)} as project (read_only)`);
    } catch (error) {
      session.close();
      throw error;
    }
    return session;
  }

  /** True when a `project` database is attached. */
  async hasProjectDatabase(): Promise<boolean> {
    const rows = await this.query({
      sql: "select 1 from duckdb_databases() where database_name = 'project'",
      parameters: [],
    });
    return rows.length > 0;
  }

  /**
   * Runs a query with bound parameters and returns its rows as plain JS values.
   *
   * @example
   * await session.query({ sql: 'select count(*) as n from src_tickets where priority = ?', parameters: ['P1'] });
   */
  async query(query: SqlQuery): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(query.sql, query.parameters.map(toDuckDBParameter));
    const names = reader.columnNames();
    return reader
      .getRows()
      .map((values) => Object.fromEntries(values.map((v, i) => [names[i], toJsValue(v)])));
  }

  /** Runs statements without parameters (DDL built with sql-literal.ts). */
  async execute(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /** Column names and DuckDB types of a relation, in order. */
  async describe(relation: string): Promise<readonly { readonly name: string; readonly type: string }[]> {
    const rows = await this.query({ sql: `describe select * from ${relation}`, parameters: [] });
    return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  }

  /**
   * Attaches a DuckDB file read-only under a fresh alias and returns the quoted alias.
   *
   * @example
   * const db = await session.attachReadOnly('/data/export.duckdb'); // '"attached_1"'
   */
  async attachReadOnly(path: string): Promise<string> {
    this.attachCount += 1;
    const alias = sqlIdentifier(`attached_${this.attachCount}`);
    await this.execute(`attach ${sqlString(path)} as ${alias} (read_only)`);
    return alias;
  }

  /**
   * Stops the query running on this session: it fails with an interrupt error. For time
   * limits (the server interrupts a computation that runs too long); the session stays usable.
   *
   * @example
   * const timer = setTimeout(() => session.interrupt(), 30_000);
   */
  interrupt(): void {
    this.connection.interrupt();
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
