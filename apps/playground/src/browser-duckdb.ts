import { AsyncDuckDB, type AsyncDuckDBConnection, VoidLogger } from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
// The bundles shipped in the npm package, copied into the build by vite: no CDN at run time.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import type { JsValue } from '@nyckeltal/engine/pure';
import { type Table, Type } from 'apache-arrow';

export type { JsValue };

/** A result row: dates as 'YYYY-MM-DD', instants as ISO text, integers as numbers. */
export type Row = Readonly<Record<string, JsValue>>;

/** What the playground needs from a database: statements, queries with bound parameters, Arrow input. */
export interface SqlRunner {
  execute(sql: string): Promise<void>;
  query(sql: string, parameters?: readonly unknown[]): Promise<Row[]>;
  insertArrowStream(name: string, ipc: Uint8Array): Promise<void>;
}

/**
 * Starts DuckDB-Wasm in a worker from the bundled files and opens one connection.
 * Extension autoloading is switched off: the npm bundle has no ICU, Parquet or JSON
 * built in, and fetching them would need the network (see icu-shim.ts).
 *
 * @example
 * const db = await openBrowserDuckDb();
 * await db.query('select 42 as answer'); // [{ answer: 42 }]
 */
export async function openBrowserDuckDb(): Promise<SqlRunner> {
  const worker = new Worker(ehWorker);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(ehWasm);
  const connection = await db.connect();
  await connection.query('set autoload_known_extensions = false');
  await connection.query('set autoinstall_known_extensions = false');
  return runnerOf(connection);
}

function runnerOf(connection: AsyncDuckDBConnection): SqlRunner {
  return {
    async execute(sql) {
      await connection.query(sql);
    },
    async query(sql, parameters = []) {
      if (parameters.length === 0) return rowsOf(await connection.query(sql));
      const statement = await connection.prepare(sql);
      try {
        return rowsOf(await statement.query(...parameters));
      } finally {
        await statement.close();
      }
    },
    async insertArrowStream(name, ipc) {
      await connection.insertArrowFromIPCStream(ipc, { name, create: true });
    },
  };
}

/** Arrow values to plain JS the way the engine's rows look (its duckdb-value.ts). */
function rowsOf(table: Table): Row[] {
  const fields = table.schema.fields;
  const out: Row[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, JsValue> = {};
    for (const [c, field] of fields.entries()) {
      const value: unknown = table.getChildAt(c)?.get(i);
      row[field.name] = plain(value, field.typeId);
    }
    out.push(row);
  }
  return out;
}

function plain(value: unknown, typeId: Type): JsValue {
  if (value === null || value === undefined) return null;
  if (typeId === Type.Date && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  if (typeId === Type.Timestamp && typeof value === 'number') return new Date(value).toISOString();
  if (typeof value === 'bigint') return Number(value);
  if (typeId === Type.Decimal) return Number(String(value));
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  // Lists and structs: the compiled queries return none; show them as text if one appears.
  return String(value);
}
