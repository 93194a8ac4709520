import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineSession } from '../src/engine-session.js';
import { loadSource } from '../src/load-source.js';
import { sourceModel } from './helpers/source-model.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const project = { root: fixtures };
let session: EngineSession;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'nyckeltal-load-'));
  const instance = await DuckDBInstance.create(join(tmp, 'desk.duckdb'));
  const c = await instance.connect();
  await c.run(`create table tickets as select * from (values
    ('B1', TIMESTAMP '2026-10-25 02:30:00', 3), ('B2', TIMESTAMP '2026-03-29 01:30:00', 4)) t(id, opened_at, n)`);
  await c.run(`copy (select 'Q1' as id, TIMESTAMPTZ '2026-10-25 00:30:00+00' as opened_at,
    TIMESTAMP '2026-10-25 02:30:00' as wall) to '${join(tmp, 'q.parquet')}' (format parquet)`);
  c.closeSync();
  instance.closeSync();
  session = await EngineSession.open({ database: join(tmp, 'desk.duckdb') });
});

afterAll(() => {
  session.close();
  rmSync(tmp, { recursive: true, force: true });
});

const instants = (relation: string, fields: string) =>
  session.query({ sql: `select id, ${fields} from ${relation} order by id`, parameters: [] });

describe('loadSource from CSV text', () => {
  it('reads zoned text as instants and wall-clock text in the source’s zone, across both DST changes', async () => {
    const source = sourceModel(
      'dst',
      { kind: 'file', path: 'dst.csv', format: 'csv' },
      {
        id: { type: 'string', key: true },
        opened_at: 'timestamp',
        resolved_at: 'timestamp',
        priority: 'string',
      },
    );
    const loaded = await loadSource(session, project, source, 'src_dst');
    expect(loaded.issues).toEqual([]);
    expect(await instants('src_dst', 'opened_at, resolved_at')).toEqual([
      // 01:30Z is after the 01:00Z spring-forward: 03:30 CEST. '05:30' local CEST (+2) = 03:30Z.
      { id: 'T1', opened_at: '2026-03-29T01:30:00.000Z', resolved_at: '2026-03-29T03:30:00.000Z' },
      // 02:30 local on 25 Oct happens twice; DuckDB's ICU takes the later (CET, +1) = 01:30Z. 04:30 CET = 03:30Z.
      { id: 'T2', opened_at: '2026-10-25T01:30:00.000Z', resolved_at: '2026-10-25T03:30:00.000Z' },
      // Midnight starting 1 November, CET (+1) = 23:00Z the day before.
      { id: 'T3', opened_at: '2026-10-31T23:00:00.000Z', resolved_at: '2026-11-01T00:00:00.000Z' },
      // 22:00Z on 30 Sep is midnight 1 Oct CEST; 02:00+02:00 = 00:00Z.
      { id: 'T4', opened_at: '2026-09-30T22:00:00.000Z', resolved_at: '2026-10-01T00:00:00.000Z' },
      // 09:00 CEST = 07:00Z; an empty value is simply missing, not a failed cast.
      { id: 'T5', opened_at: '2026-10-15T07:00:00.000Z', resolved_at: null },
    ]);
    expect(loaded.latest).toEqual({
      opened_at: '2026-10-31T23:00:00.000Z',
      resolved_at: '2026-11-01T00:00:00.000Z',
    });
  });

  it('puts a row at local midnight on 1 November in November, not October', async () => {
    const [row] = await session.query({
      sql: "select strftime(timezone('Europe/Stockholm', opened_at), '%Y-%m-%d %H:%M') as local from src_dst where id = 'T3'",
      parameters: [],
    });
    expect(row).toEqual({ local: '2026-11-01 00:00' });
  });

  it('reads day-first text with a declared format and counts the values that fail, with examples', async () => {
    const source = sourceModel(
      'dayfirst',
      { kind: 'file', path: 'dayfirst.csv', format: 'csv' },
      {
        id: { type: 'string', key: true },
        opened_at: { type: 'timestamp', format: '%d/%m/%Y %H:%M' },
        reopen_count: 'integer',
        priority: 'string',
      },
    );
    const loaded = await loadSource(session, project, source, 'src_dayfirst');
    expect(await instants('src_dayfirst', 'opened_at, reopen_count')).toEqual([
      { id: 'D1', opened_at: '2026-10-01T06:00:00.000Z', reopen_count: 0 }, // 08:00 CEST
      { id: 'D2', opened_at: '2026-10-31T22:30:00.000Z', reopen_count: 1 }, // 23:30 CET
      { id: 'D3', opened_at: null, reopen_count: null }, // month 13, 'n/a'
      { id: 'D4', opened_at: null, reopen_count: 2 }, // empty date: missing, not bad
      { id: 'D5', opened_at: '2026-11-05T06:05:00.000Z', reopen_count: null }, // 07:05 CET; 'x'
    ]);
    expect(loaded.issues).toEqual([
      expect.objectContaining({
        code: 'KPI0501',
        severity: 'warning',
        source: 'dayfirst',
        count: 1,
        examples: [{ id: 'D3', opened_at: '31/13/2026 10:00' }],
      }),
      expect.objectContaining({
        code: 'KPI0501',
        count: 2,
        examples: [
          { id: 'D3', reopen_count: 'n/a' },
          { id: 'D5', reopen_count: 'x' },
        ],
      }),
    ]);
    expect(loaded.issues[0]?.message).toBe(
      'Source "dayfirst": 1 rows have a "opened_at" value that could not be read as timestamp.',
    );
  });

  it('reads a gzipped CSV and maps a field to a differently named column', async () => {
    const source = sourceModel(
      'gz',
      { kind: 'file', path: 'tickets.csv.gz', format: 'csv' },
      { id: 'string', opened: { type: 'timestamp', column: 'opened_at' } },
    );
    const loaded = await loadSource(session, project, source, 'src_gz');
    expect(loaded.ok).toBe(true);
    expect(await instants('src_gz', 'opened')).toEqual([
      { id: 'G1', opened: '2026-10-01T06:00:00.000Z' },
      { id: 'G2', opened: '2026-10-02T07:00:00.000Z' },
    ]);
  });
});

describe('loadSource from typed data', () => {
  it('reads JSON as text, so zoned strings keep their zone and bad values are counted', async () => {
    const source = sourceModel(
      'json',
      { kind: 'file', path: 'tickets.json', format: 'json' },
      { id: { type: 'string', key: true }, opened_at: 'timestamp', score: 'integer', closed: 'boolean' },
    );
    const loaded = await loadSource(session, project, source, 'src_json');
    expect(await instants('src_json', 'opened_at, score, closed')).toEqual([
      { id: 'J1', opened_at: '2026-10-25T00:30:00.000Z', score: 9, closed: true }, // 02:30+02:00
      { id: 'J2', opened_at: '2026-10-25T01:30:00.000Z', score: 7, closed: false }, // 02:30 CET
      { id: 'J3', opened_at: null, score: null, closed: null },
    ]);
    expect(loaded.issues.map((i) => [i.count, i.examples])).toEqual([
      [1, [{ id: 'J3', opened_at: 'soon' }]],
      [1, [{ id: 'J3', score: 'high' }]],
    ]);
  });

  it('keeps Parquet TIMESTAMPTZ instants and reads Parquet TIMESTAMP as wall-clock time', async () => {
    const source = sourceModel(
      'pq',
      { kind: 'file', path: join(tmp, 'q.parquet'), format: 'parquet' },
      { id: 'string', opened_at: 'timestamp', wall: 'timestamp' },
    );
    await loadSource(session, project, source, 'src_pq');
    expect(await instants('src_pq', 'opened_at, wall')).toEqual([
      { id: 'Q1', opened_at: '2026-10-25T00:30:00.000Z', wall: '2026-10-25T01:30:00.000Z' },
    ]);
  });

  it('reads a table of the project database and a table of another DuckDB file, both read-only', async () => {
    const fields = { id: 'string', opened_at: 'timestamp', n: 'integer' } as const;
    await loadSource(
      session,
      project,
      sourceModel('db', { kind: 'table', table: 'tickets' }, fields),
      'src_db',
    );
    const file = {
      kind: 'file',
      path: join(tmp, 'desk.duckdb'),
      format: 'duckdb',
      table: 'tickets',
    } as const;
    await loadSource(session, project, sourceModel('dbfile', file, fields), 'src_dbfile');
    const expected = [
      // Wall-clock 02:30 on 25 Oct: the later (CET) reading, 01:30Z. 01:30 on 29 Mar is before the 02:00 jump: CET, 00:30Z.
      { id: 'B1', opened_at: '2026-10-25T01:30:00.000Z', n: 3 },
      { id: 'B2', opened_at: '2026-03-29T00:30:00.000Z', n: 4 },
    ];
    expect(await instants('src_db', 'opened_at, n')).toEqual(expected);
    expect(await instants('src_dbfile', 'opened_at, n')).toEqual(expected);
    await expect(
      session.execute("insert into project.tickets values ('B3', TIMESTAMP '2026-01-01 00:00:00', 5)"),
    ).rejects.toThrow(/read-only|read only/i);
  });

  it('runs a source’s SQL with relative file paths read from the project folder', async () => {
    const source = sourceModel(
      'viasql',
      { kind: 'sql', sql: "select id, priority from read_csv('dst.csv') where priority = 'P2'" },
      { id: 'string', priority: 'string' },
    );
    const loaded = await loadSource(session, project, source, 'src_viasql');
    expect(loaded.ok).toBe(true);
    expect(await instants('src_viasql', 'priority')).toEqual([
      { id: 'T2', priority: 'P2' },
      { id: 'T3', priority: 'P2' },
    ]);
  });
});

describe('loadSource integer fields', () => {
  it('counts text and decimals that are not whole numbers as failed integer casts instead of rounding them', async () => {
    // DuckDB's try_cast('2.5' as BIGINT) rounds to 3 and try_cast(2.5::DOUBLE as BIGINT) to 2;
    // neither is the value in the data. Whole numbers ('12', ' 7 ', '1e3' = 1000, 4.0) still read.
    const source = sourceModel(
      'ints',
      {
        kind: 'sql',
        sql: `select * from (values ('I1', '12', 4.0), ('I2', '2.5', 2.5), ('I3', ' 7 ', 1.0), ('I4', '1e3', 0.5)) t(id, n, d)`,
      },
      { id: { type: 'string', key: true }, n: 'integer', d: 'integer' },
    );
    const loaded = await loadSource(session, project, source, 'src_ints');
    expect(await instants('src_ints', 'n, d')).toEqual([
      { id: 'I1', n: 12, d: 4 },
      { id: 'I2', n: null, d: null },
      { id: 'I3', n: 7, d: 1 },
      { id: 'I4', n: 1000, d: null },
    ]);
    // n fails once (I2: '2.5'); d fails twice (I2: 2.5, I4: 0.5).
    expect(loaded.issues.map((i) => i.count)).toEqual([1, 2]);
  });
});

describe('loadSource date fields', () => {
  it('reads zoned text as the local date in the source’s zone, as it does a TIMESTAMPTZ column', async () => {
    const source = sourceModel(
      'dates',
      {
        kind: 'sql',
        sql: `select * from (values ('D1', '2026-10-25T23:30:00Z'), ('D2', '2026-10-25T23:30:00+02:00'), ('D3', '2026-10-25'), ('D4', '2026-10-25 23:30')) t(id, d)`,
      },
      { id: { type: 'string', key: true }, d: 'date' },
    );
    const loaded = await loadSource(session, project, source, 'src_dates');
    expect(loaded.issues).toEqual([]);
    expect(await instants('src_dates', 'd')).toEqual([
      // 23:30Z on 25 Oct is 00:30 CET (+1) on 26 Oct in Stockholm.
      { id: 'D1', d: '2026-10-26' },
      // 23:30+02:00 is 21:30Z = 22:30 CET: still 25 Oct.
      { id: 'D2', d: '2026-10-25' },
      // Plain dates and wall-clock text are local already.
      { id: 'D3', d: '2026-10-25' },
      { id: 'D4', d: '2026-10-25' },
    ]);
  });
});

describe('loadSource problems', () => {
  it('reports a missing file as an error and makes no view', async () => {
    const source = sourceModel('gone', { kind: 'file', path: 'nope.csv', format: 'csv' }, { id: 'string' });
    const loaded = await loadSource(session, project, source, 'src_gone');
    expect(loaded.ok).toBe(false);
    expect(loaded.issues).toEqual([
      expect.objectContaining({ code: 'KPI0503', severity: 'error', source: 'gone' }),
    ]);
  });

  it('reports a declared column the data does not have, naming the columns it does have', async () => {
    const source = sourceModel(
      'nocol',
      { kind: 'file', path: 'dst.csv', format: 'csv' },
      { id: 'string', channel: 'string' },
    );
    const loaded = await loadSource(session, project, source, 'src_nocol');
    expect(loaded.issues).toEqual([expect.objectContaining({ code: 'KPI0504', severity: 'error' })]);
    expect(loaded.issues[0]?.message).toContain('"channel"');
  });

  it('reports unreadable data instead of throwing', async () => {
    const source = sourceModel(
      'badsql',
      { kind: 'sql', sql: 'select * from no_such_table' },
      { id: 'string' },
    );
    const loaded = await loadSource(session, project, source, 'src_badsql');
    expect(loaded).toMatchObject({ ok: false, issues: [{ code: 'KPI0505' }] });
  });
});
