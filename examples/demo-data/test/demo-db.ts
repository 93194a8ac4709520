import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { type DemoDataOptions, generateDemoData, type Stats } from '../src/index.js';

/** A generated demo database in a temporary folder, opened read-only for queries. */
export interface DemoDb {
  readonly stats: Stats;
  /** Rows of a query as plain JSON values (bigints and timestamps as strings). */
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/**
 * Generates a small demo database for a test file and opens it. Small (2,000 tickets by
 * default) so the whole suite stays fast.
 *
 * @example
 * const db = await openDemoDb({ tickets: 2000 });
 * await db.query('select count(*) as n from tickets'); // [{ n: '2000' }]
 */
export async function openDemoDb(options: Omit<DemoDataOptions, 'file'> = {}): Promise<DemoDb> {
  const dir = await mkdtemp(join(tmpdir(), 'nyckeltal-demo-'));
  const stats = await generateDemoData({ tickets: 2000, ...options, file: join(dir, 'demo.duckdb') });
  const instance = await DuckDBInstance.create(stats.file, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  await connection.run("set TimeZone = 'Europe/Stockholm'");
  return {
    stats,
    async query(sql) {
      const result = await connection.runAndReadAll(sql);
      return result.getRowObjectsJson() as Record<string, unknown>[];
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** One numeric cell of a one-row query. */
export async function scalar(db: DemoDb, sql: string): Promise<number> {
  const rows = await db.query(sql);
  const first = rows[0];
  if (!first) throw new Error(`no rows from: ${sql}`);
  return Number(Object.values(first)[0]);
}
