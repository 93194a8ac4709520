import type { SourceModel } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineSession } from './engine-session.js';
import { loadSource } from './load-source.js';

let session: EngineSession;
beforeAll(async () => {
  session = await EngineSession.open();
});
afterAll(() => session.close());

describe('EngineSession.query', () => {
  it('maps DuckDB numbers to JS numbers, whatever their SQL type', async () => {
    const [row] = await session.query({
      sql: 'select 42::BIGINT as big, 170141183460469231731687303715884105727::HUGEINT > 0 as huge_ok, 7::HUGEINT as huge, 12.50::DECIMAL(10,2) as dec, 1.5::DOUBLE as dbl, 3::INTEGER as int',
      parameters: [],
    });
    expect(row).toEqual({ big: 42, huge_ok: true, huge: 7, dec: 12.5, dbl: 1.5, int: 3 });
  });

  it('gives instants as UTC ISO text, wall-clock timestamps without zone, and dates as YYYY-MM-DD', async () => {
    const [row] = await session.query({
      sql: "select TIMESTAMPTZ '2026-10-25 02:30:00+02' as tz, TIMESTAMP '2026-10-25 02:30:00' as wall, DATE '2026-02-28' as d, null as n",
      parameters: [],
    });
    expect(row).toEqual({
      tz: '2026-10-25T00:30:00.000Z',
      wall: '2026-10-25T02:30:00.000',
      d: '2026-02-28',
      n: null,
    });
  });

  it('binds parameters instead of pasting them into the SQL', async () => {
    const hostile = "x'; drop table t; --";
    const rows = await session.query({
      sql: 'select ? as s, ? + 1 as n, ? as b',
      parameters: [hostile, 41, true],
    });
    expect(rows).toEqual([{ s: hostile, n: 42, b: true }]);
  });

  it('binds a Date as an instant', async () => {
    const [row] = await session.query({
      sql: 'select epoch(?::TIMESTAMPTZ) as e',
      parameters: [new Date('2026-01-01T00:00:00Z')],
    });
    expect(row).toEqual({ e: 1767225600 }); // 56 years of days: 20454 × 86400
  });
});

describe('EngineSession.open', () => {
  it('loads sources as typed tables by default, and as views when asked not to materialize', async () => {
    const source: SourceModel = {
      id: 'inline',
      title: { en: 'Inline' },
      from: { kind: 'sql', sql: "select '7' as n" },
      timeZone: 'UTC',
      fields: new Map([['n', { name: 'n', type: 'integer', column: 'n', key: false }]]),
      origin: { file: 'x.yaml', line: 1, column: 1 },
    };
    const views = await EngineSession.open({ materialize: false });
    try {
      await loadSource(views, { root: '/' }, source, 'src_inline');
      await loadSource(session, { root: '/' }, source, 'src_inline');
      const kinds = async (s: EngineSession) =>
        s.query({
          sql: "select (select count(*) from duckdb_views() where view_name = 'src_inline') as views, (select count(*) from duckdb_tables() where table_name = 'src_inline') as tables",
          parameters: [],
        });
      expect(await kinds(views)).toEqual([{ views: 1, tables: 0 }]);
      expect(await kinds(session)).toEqual([{ views: 0, tables: 1 }]);
      expect(await views.query({ sql: 'select n from src_inline', parameters: [] })).toEqual([{ n: 7 }]);
    } finally {
      views.close();
    }
  });
});
