import {
  type DatabaseIntrospector,
  type Dialect,
  DialectAdapterBase,
  type Driver,
  DummyDriver,
  Kysely,
  type QueryCompiler,
} from 'kysely';
import { DuckDbQueryCompiler } from './duckdb-query-compiler.js';

/** What DuckDB supports, for the parts of kysely that ask (migrations are never run here). */
class DuckDbAdapter extends DialectAdapterBase {
  override get supportsReturning(): boolean {
    return true;
  }

  override get supportsTransactionalDdl(): boolean {
    return true;
  }

  override async acquireMigrationLock(): Promise<void> {
    throw new Error('Bug: the compiler builds SQL only; it never runs migrations');
  }

  override async releaseMigrationLock(): Promise<void> {
    throw new Error('Bug: the compiler builds SQL only; it never runs migrations');
  }
}

/**
 * A connectionless DuckDB dialect: kysely's DummyDriver (queries are compiled, never
 * executed here) and {@link DuckDbQueryCompiler}. The engine runs the compiled
 * `{ sql, parameters }` on @duckdb/node-api itself, so the compiler stays pure and runs
 * in the browser.
 *
 * @example
 * const db = new Kysely<AnyDatabase>({ dialect: new DuckDbDialect() });
 */
export class DuckDbDialect implements Dialect {
  createDriver(): Driver {
    return new DummyDriver();
  }

  createQueryCompiler(): QueryCompiler {
    return new DuckDbQueryCompiler();
  }

  createAdapter(): DuckDbAdapter {
    return new DuckDbAdapter();
  }

  createIntrospector(): DatabaseIntrospector {
    throw new Error('Bug: the compiler has no connection to introspect');
  }
}

/**
 * The compiler works on relations it does not know at type level (source views are
 * named after YAML ids), so tables are plain records of unknown columns.
 */
export type AnyDatabase = Record<string, Record<string, unknown>>;

/**
 * A kysely instance that can only compile: every query is turned into `{ sql, parameters }`
 * with `.compile()` and handed to the engine.
 *
 * @example
 * const { sql, parameters } = createQueryBuilder()
 *   .selectFrom('src_tickets').selectAll().where('type', '=', 'incident').compile();
 * // sql: select * from "src_tickets" where "type" = $1   parameters: ['incident']
 */
export function createQueryBuilder(): Kysely<AnyDatabase> {
  return new Kysely<AnyDatabase>({ dialect: new DuckDbDialect() });
}
