import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEMO_TABLES } from '../src/index.js';
import { type DemoDb, openDemoDb } from './demo-db.js';

const SOURCES = join(import.meta.dirname, '../../../kpis/sources');

/** The DuckDB column types a declared field type may be stored as. */
const STORED_AS: Record<string, readonly string[]> = {
  string: ['VARCHAR'],
  integer: ['INTEGER', 'BIGINT', 'SMALLINT'],
  number: ['DOUBLE', 'FLOAT'],
  boolean: ['BOOLEAN'],
  timestamp: ['TIMESTAMP WITH TIME ZONE'],
  date: ['DATE'],
};

interface DeclaredField {
  readonly type: string;
  readonly column?: string;
  readonly values?: readonly string[];
}
interface DeclaredSource {
  readonly id: string;
  readonly from: { readonly table?: string };
  readonly time_zone?: string;
  readonly fields: Record<string, string | DeclaredField>;
}

async function declaredSources(): Promise<DeclaredSource[]> {
  const files = (await readdir(SOURCES)).filter((f) => f.endsWith('.yaml'));
  return Promise.all(
    files.map(async (f) => parse(await readFile(join(SOURCES, f), 'utf8')) as DeclaredSource),
  );
}

const field = (f: string | DeclaredField): DeclaredField => (typeof f === 'string' ? { type: f } : f);

describe('the catalog sources declare the demo tables exactly', () => {
  let db: DemoDb;
  let sources: DeclaredSource[];
  beforeAll(async () => {
    db = await openDemoDb();
    sources = await declaredSources();
  });
  afterAll(async () => {
    await db.close();
  });

  it('has one source per generated table, read from the project database in Stockholm time', () => {
    expect(sources.map((s) => s.from.table).sort()).toEqual([...DEMO_TABLES].sort());
    for (const s of sources) expect(s.time_zone, s.id).toBe('Europe/Stockholm');
  });

  it('declares every column of every table, with a matching type, and nothing more', async () => {
    for (const source of sources) {
      const table = source.from.table ?? '';
      const columns = await db.query(
        `select column_name as name, data_type as type from information_schema.columns where table_name = '${table}'`,
      );
      const actual = Object.fromEntries(columns.map((c) => [String(c.name), String(c.type)]));
      const declared = Object.entries(source.fields).map(
        ([name, f]) => [field(f).column ?? name, field(f).type] as const,
      );
      expect(declared.map(([c]) => c).sort(), `columns of ${table}`).toEqual(Object.keys(actual).sort());
      for (const [column, type] of declared) {
        expect(STORED_AS[type], `${table}.${column} is ${actual[column]}, declared ${type}`).toContain(
          actual[column],
        );
      }
    }
  });

  it('holds only the declared values in fields that list them', async () => {
    for (const source of sources) {
      for (const [name, f] of Object.entries(source.fields)) {
        const { values, column } = field(f);
        if (!values) continue;
        const list = values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');
        const rows = await db.query(
          `select distinct ${column ?? name} as v from ${source.from.table} where ${column ?? name} not in (${list})`,
        );
        expect(
          rows.map((r) => r.v),
          `${source.id}.${name}`,
        ).toEqual([]);
      }
    }
  });
});
