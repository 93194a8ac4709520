import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planKpis, type SourceQuery } from '../src/index.js';
import { type Row, TestDb } from './duckdb-harness.js';
import { kpi, project } from './fixture-project.js';

// Six tickets, times at midday UTC (so the local date in Stockholm is the UTC date).
// id  opened      resolved    hours  priority channel reopen
// b1  27 Feb      2 Mar         72   P1       phone   0
// b2  5 Mar 10h   5 Mar 14h      4   P1       email   1
// b3  10 Mar 10h  10 Mar 12h     2   P2       phone   0
// b4  20 Mar      —              —   P2       null    0
// b5  10 Feb      11 Feb        24   P2       email   0
// b6  25 Mar      1 Apr        168   null     phone   0
const rows = `
  ('b1', '2026-02-27 10:00:00+00', '2026-03-02 10:00:00+00', 'P1', 'phone', 0),
  ('b2', '2026-03-05 10:00:00+00', '2026-03-05 14:00:00+00', 'P1', 'email', 1),
  ('b3', '2026-03-10 10:00:00+00', '2026-03-10 12:00:00+00', 'P2', 'phone', 0),
  ('b4', '2026-03-20 10:00:00+00', null,                     'P2', null,    0),
  ('b5', '2026-02-10 10:00:00+00', '2026-02-11 10:00:00+00', 'P2', 'email', 0),
  ('b6', '2026-03-25 10:00:00+00', '2026-04-01 10:00:00+00', null, 'phone', 0)`;

const p = project([
  kpi({ id: 'volume', measure: 'count(*)', time: 'opened_at', breakdowns: ['priority', 'channel'] }),
  kpi({ id: 'mttr', measure: 'avg(hours_between(opened_at, resolved_at))', breakdowns: ['priority'] }),
  kpi({ id: 'fcr', measure: 'share(reopen_count = 0)', breakdowns: ['channel'] }),
]);

let db: TestDb;
let query: SourceQuery;
let result: Row[];
beforeAll(async () => {
  db = await TestDb.open();
  await db.exec(`create table tickets (id varchar, opened_at timestamptz, resolved_at timestamptz,
    priority varchar, channel varchar, reopen_count integer)`);
  await db.exec(`insert into tickets values ${rows}`);
  await db.exec('create view src_tickets as select * from tickets');
  const plan = planKpis(p, {
    kpis: ['volume', 'mttr', 'fcr'],
    grain: 'month',
    breakdownPeriod: '2026-03-01',
  });
  expect(plan.queries).toHaveLength(1);
  query = plan.queries[0]!;
  result = await db.run(query.query);
});
afterAll(() => db.close());

/** [key, sample, value] of one KPI's rows with a grouping tag. */
function pick(grouping: string, kpiId: string, key: 'period' | 'breakdown_key') {
  return result
    .filter((r) => r.grouping === grouping)
    .map((r) => [r[key], r[`${kpiId}:sample`], r[`${kpiId}:value`]]);
}

describe('one scan computes KPIs on different time fields, with breakdowns', () => {
  it('tags the series of each time field and the breakdowns of each (time field, field) pair', () => {
    expect(query.kpis.map((k) => [k.kpi, k.grouping])).toEqual([
      ['volume', 'opened_at'],
      ['mttr', 'resolved_at'],
      ['fcr', 'resolved_at'],
    ]);
    expect(query.breakdowns).toEqual([
      { kpi: 'volume', field: 'priority', grouping: 'opened_at/priority' },
      { kpi: 'volume', field: 'channel', grouping: 'opened_at/channel' },
      { kpi: 'mttr', field: 'priority', grouping: 'resolved_at/priority' },
      { kpi: 'fcr', field: 'channel', grouping: 'resolved_at/channel' },
    ]);
  });

  it('counts by the opened month for the opened-at KPI', () => {
    // opened in Feb: b1, b5; in March: b2, b3, b4, b6
    expect(pick('opened_at', 'volume', 'period')).toEqual([
      ['2026-02-01', 2, 2],
      ['2026-03-01', 4, 4],
    ]);
  });

  it('averages and shares by the resolved month for the resolved-at KPIs, b4 in no period', () => {
    // Feb: b5 24 h; March: b1 72, b2 4, b3 2 → 78 / 3 = 26; April: b6 168
    expect(pick('resolved_at', 'mttr', 'period')).toEqual([
      ['2026-02-01', 1, 24],
      ['2026-03-01', 3, 26],
      ['2026-04-01', 1, 168],
    ]);
    // March: not reopened b1, b3 of b1 b2 b3 → 2 / 3
    expect(pick('resolved_at', 'fcr', 'period')).toEqual([
      ['2026-02-01', 1, 100],
      ['2026-03-01', 3, 200 / 3],
      ['2026-04-01', 1, 100],
    ]);
  });

  it('breaks down only the asked-for period, null keys included, keys in order with null last', () => {
    // opened in March: b2 P1, b3 P2, b4 P2, b6 no priority
    expect(pick('opened_at/priority', 'volume', 'breakdown_key')).toEqual([
      ['P1', 1, 1],
      ['P2', 2, 2],
      [null, 1, 1],
    ]);
    // b2 email, b3 phone, b4 none, b6 phone
    expect(pick('opened_at/channel', 'volume', 'breakdown_key')).toEqual([
      ['email', 1, 1],
      ['phone', 2, 2],
      [null, 1, 1],
    ]);
    // resolved in March: b1 P1 72 h, b2 P1 4 h → 38; b3 P2 2 h
    expect(pick('resolved_at/priority', 'mttr', 'breakdown_key')).toEqual([
      ['P1', 2, 38],
      ['P2', 1, 2],
    ]);
    // b1 phone not reopened, b3 phone not reopened → 100 %; b2 email reopened → 0 %
    expect(pick('resolved_at/channel', 'fcr', 'breakdown_key')).toEqual([
      ['email', 1, 0],
      ['phone', 2, 100],
    ]);
    const breakdownRows = result.filter((r) => r.breakdown_field !== null);
    expect(new Set(breakdownRows.map((r) => r.period))).toEqual(new Set(['2026-03-01']));
    expect(breakdownRows.every((r) => String(r.grouping).endsWith(`/${r.breakdown_field}`))).toBe(true);
  });

  it('carries the numerator and denominator of the ratio in breakdown rows too', () => {
    const phone = result.find((r) => r.grouping === 'resolved_at/channel' && r.breakdown_key === 'phone');
    expect([phone?.['fcr:numerator'], phone?.['fcr:denominator']]).toEqual([2, 2]);
  });
});

describe('without a breakdown period', () => {
  it('returns series rows only', async () => {
    const plan = planKpis(p, { kpis: ['volume', 'mttr', 'fcr'], grain: 'month' });
    const rows = await db.run(plan.queries[0]!.query);
    expect(rows.every((r) => r.breakdown_field === null && r.breakdown_key === null)).toBe(true);
    expect(rows.map((r) => `${r.grouping} ${r.period}`)).toEqual([
      'opened_at 2026-02-01',
      'opened_at 2026-03-01',
      'resolved_at 2026-02-01',
      'resolved_at 2026-03-01',
      'resolved_at 2026-04-01',
    ]);
    expect(plan.queries[0]!.breakdowns).toEqual([]);
  });
});
