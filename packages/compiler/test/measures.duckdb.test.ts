import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileKpiSql, planKpis } from '../src/index.js';
import { byPeriod, type Row, TestDb } from './duckdb-harness.js';
import { kpi, project } from './fixture-project.js';

// Eight tickets, all resolved in March 2026 (so one monthly period, 2026-03-01).
// id  type      prio channel   opened → resolved (UTC)        hours  score reopen cost
// m1  incident  P1   phone     10 Mar 08:00 → 10 Mar 12:00       4     10    0      100
// m2  incident  P2   email     10 Mar 10:00 → 11 Mar 12:00      26      9    1       50
// m3  incident  P2   phone     12 Mar 13:00 → 12 Mar 12:00      -1 →null 7   0     null  (resolved before opened)
// m4  incident  P3   portal    null         → 12 Mar 12:00    null      6    0       20
// m5  request   P3   email     13 Mar 11:00 → 13 Mar 12:00       1      3    2       10
// m6  request   P1   phone     13 Mar 06:00 → 13 Mar 12:00       6   null    0       30
// m7  question  P2   it's web  14 Mar 10:00 → 14 Mar 12:00       2      8    0        0
// m8  incident  P1   phone     14 Mar 04:00 → 14 Mar 12:00       8     10    0       40
const rows = `
  ('m1', 'incident', 'P1', 'phone',    '2026-03-10 08:00:00+00', '2026-03-10 12:00:00+00', 10,   0, 100),
  ('m2', 'incident', 'P2', 'email',    '2026-03-10 10:00:00+00', '2026-03-11 12:00:00+00', 9,    1, 50),
  ('m3', 'incident', 'P2', 'phone',    '2026-03-12 13:00:00+00', '2026-03-12 12:00:00+00', 7,    0, null),
  ('m4', 'incident', 'P3', 'portal',   null,                     '2026-03-12 12:00:00+00', 6,    0, 20),
  ('m5', 'request',  'P3', 'email',    '2026-03-13 11:00:00+00', '2026-03-13 12:00:00+00', 3,    2, 10),
  ('m6', 'request',  'P1', 'phone',    '2026-03-13 06:00:00+00', '2026-03-13 12:00:00+00', null, 0, 30),
  ('m7', 'question', 'P2', 'it''s web','2026-03-14 10:00:00+00', '2026-03-14 12:00:00+00', 8,    0, 0),
  ('m8', 'incident', 'P1', 'phone',    '2026-03-14 04:00:00+00', '2026-03-14 12:00:00+00', 10,   0, 40)`;

interface Case {
  readonly measure: string;
  readonly where?: string;
  /** value, sample, and numerator/denominator/negative when the measure has them. */
  readonly expected: {
    value: number | null;
    sample: number;
    numerator?: number;
    denominator?: number;
    negative?: number;
  };
}

// Expected numbers by hand, from the table above.
const cases: Record<string, Case> = {
  'count-star': { measure: 'count(*)', expected: { value: 8, sample: 8 } },
  // non-null scores: all but m6 → 7
  'count-x': { measure: 'count(score)', expected: { value: 7, sample: 8 } },
  // P1, P2, P3
  'count-distinct': { measure: 'count_distinct(priority)', expected: { value: 3, sample: 8 } },
  // P1 rows m1, m6, m8 are all phone → 1
  'count-distinct-filter': {
    measure: "count_distinct(channel) filter (where priority = 'P1')",
    expected: { value: 1, sample: 8 },
  },
  // 100 + 50 + 20 + 10 + 30 + 0 + 40 (m3 null) = 250
  sum: { measure: 'sum(cost)', expected: { value: 250, sample: 8 } },
  // 250 / 7 non-null
  avg: { measure: 'avg(cost)', expected: { value: 250 / 7, sample: 8 } },
  min: { measure: 'min(cost)', expected: { value: 0, sample: 8 } },
  max: { measure: 'max(cost)', expected: { value: 100, sample: 8 } },
  // incidents m1 4h, m2 26h, m3 negative → excluded, m4 null, m8 8h → (4 + 26 + 8) / 3; m3 counted as negative
  'avg-hours-where': {
    measure: 'avg(hours_between(opened_at, resolved_at))',
    where: "type = 'incident'",
    expected: { value: 38 / 3, sample: 5, negative: 1 },
  },
  // hours of all rows: 4, 26, 1, 6, 2, 8 (m3, m4 excluded) → sorted 1 2 4 6 8 26 → (4 + 6) / 2 = 5
  'median-even': {
    measure: 'median(hours_between(opened_at, resolved_at))',
    expected: { value: 5, sample: 8, negative: 1 },
  },
  // same six, position 0.9 × (6 − 1) = 4.5 → between 8 and 26: 8 + 0.5 × 18 = 17
  percentile: {
    measure: 'percentile(hours_between(opened_at, resolved_at), 0.9)',
    expected: { value: 17, sample: 8, negative: 1 },
  },
  // requests: m5 60 min, m6 360 min → 210
  'minutes-between': {
    measure: 'avg(minutes_between(opened_at, resolved_at))',
    where: "type = 'request'",
    expected: { value: 210, sample: 2, negative: 0 },
  },
  // m2: 26 h = 26 / 24 days
  'days-between': {
    measure: 'sum(days_between(opened_at, resolved_at))',
    where: "id = 'm2'",
    expected: { value: 26 / 24, sample: 1, negative: 0 },
  },
  // phone: m1, m3, m6, m8 → 4 of 8 = 50 %
  share: {
    measure: "share(channel = 'phone')",
    expected: { value: 50, sample: 8, numerator: 4, denominator: 8 },
  },
  // incidents m1 m2 m3 m4 m8; phone among them m1 m3 m8 → 3 of 5 = 60 %
  'share-where': {
    measure: "share(channel = 'phone')",
    where: "type = 'incident'",
    expected: { value: 60, sample: 5, numerator: 3, denominator: 5 },
  },
  // scores 10 9 7 6 3 8 10 (7 answers): promoters ≥ 9: 10 9 10 = 3; detractors ≤ 6: 6 3 = 2 → 100 × (3 − 2) / 7
  nps: { measure: 'nps(score)', expected: { value: 100 / 7, sample: 8, numerator: 1, denominator: 7 } },
  // scores ≥ 7: 10 9 7 8 10 = 5 of 7
  'top-box': {
    measure: 'top_box(score, 7)',
    expected: { value: 500 / 7, sample: 8, numerator: 5, denominator: 7 },
  },
  // P1 m1 m6 m8 → 3 × 3 = 9; P2 m2 m3 m7 → 3 × 2 = 6; P3 m4 m5 → 2 × 1 = 2; 9 + 6 + 2 = 17
  case: {
    measure: "sum(case when priority = 'P1' then 3 when priority = 'P2' then 2 else 1 end)",
    expected: { value: 17, sample: 8 },
  },
  // reopen 1 (m2) and 2 (m5)
  between: {
    measure: 'count(*) filter (where reopen_count between 1 and 2)',
    expected: { value: 2, sample: 8 },
  },
  'not-between': {
    measure: 'count(*) filter (where reopen_count not between 1 and 2)',
    expected: { value: 6, sample: 8 },
  },
  // phone or email: m1 m2 m3 m5 m6 m8
  in: { measure: "count(*) filter (where channel in ('phone', 'email'))", expected: { value: 6, sample: 8 } },
  // portal (m4) and it's web (m7)
  'not-in': {
    measure: "count(*) filter (where channel not in ('phone', 'email'))",
    expected: { value: 2, sample: 8 },
  },
  // a literal with a quote matches m7 only
  'quote-literal': {
    measure: "count(*) filter (where channel = 'it''s web')",
    expected: { value: 1, sample: 8 },
  },
  'is-null': { measure: 'count(*) filter (where opened_at is null)', expected: { value: 1, sample: 8 } },
  not: { measure: "count(*) filter (where not (type = 'incident'))", expected: { value: 3, sample: 8 } },
  // the aggregate's filter and the KPI's where both hold: P1 incidents m1, m8 (not the request m6)
  'filter-and-where': {
    measure: "count(*) filter (where priority = 'P1')",
    where: "type = 'incident'",
    expected: { value: 2, sample: 5 },
  },
  // 250 + 1000 for m3's null
  coalesce: { measure: 'sum(coalesce(cost, 1000))', expected: { value: 1250, sample: 8 } },
  // least(reopen, 1): 0 1 0 0 1 0 0 0 → 2; greatest(reopen, 1) max → 2 (m5)
  least: { measure: 'sum(least(reopen_count, 1))', expected: { value: 2, sample: 8 } },
  greatest: { measure: 'max(greatest(reopen_count, 1))', expected: { value: 2, sample: 8 } },
  'unary-minus': { measure: 'sum(-cost)', expected: { value: -250, sample: 8 } },
  // (100 + 50 + 20 + 10 + 30 + 0 + 40) / 2 + 7 × 1 (7 non-null) = 125 + 7 = 132
  arithmetic: { measure: 'sum(cost / 2 + 1)', expected: { value: 132, sample: 8 } },
  // ratio of aggregates: 250 / 8 rows
  'ratio-of-aggregates': {
    measure: 'sum(cost) / count(*)',
    expected: { value: 31.25, sample: 8, numerator: 250, denominator: 8 },
  },
  // reopen = 0: m1 m3 m4 m6 m7 m8 = 6 → 6 × 100 / 8 = 75; the numerator is the count, unscaled
  'ratio-times-constant': {
    measure: 'count(*) filter (where reopen_count = 0) * 100 / count(*)',
    expected: { value: 75, sample: 8, numerator: 6, denominator: 8 },
  },
  'ratio-scaled': {
    measure: '100 * (count(*) filter (where reopen_count = 0) / count(*))',
    expected: { value: 75, sample: 8, numerator: 6, denominator: 8 },
  },
  // no row has type 'none': a zero denominator gives null, not Infinity
  'divide-by-zero': {
    measure: "sum(cost) / count(*) filter (where type = 'none')",
    expected: { value: null, sample: 8, numerator: 250, denominator: 0 },
  },
  // integers divide as decimals, not whole numbers: 7 non-null scores / 8 rows = 0.875 (not 0)
  'integer-division': {
    measure: 'count(score) / count(*)',
    expected: { value: 0.875, sample: 8, numerator: 7, denominator: 8 },
  },
  // p = 1 is the largest of the six hours (26), p = 0 the smallest (1); written as whole numbers
  'percentile-one': {
    measure: 'percentile(hours_between(opened_at, resolved_at), 1)',
    expected: { value: 26, sample: 8, negative: 1 },
  },
  'percentile-zero': {
    measure: 'percentile(hours_between(opened_at, resolved_at), 0)',
    expected: { value: 1, sample: 8, negative: 1 },
  },
  // incidents' scores 10 9 7 6 10 (5 answers): promoters 10 9 10 = 3, detractors 6 = 1 → 100 × 2 / 5 = 40
  'nps-where': {
    measure: 'nps(score)',
    where: "type = 'incident'",
    expected: { value: 40, sample: 5, numerator: 2, denominator: 5 },
  },
  // P1 and P2 scores (m6 null): 10 9 7 8 10 → ≥ 9: 3 of 5 = 60 %
  'top-box-filter': {
    measure: "top_box(score, 9) filter (where priority in ('P1', 'P2'))",
    expected: { value: 60, sample: 8, numerator: 3, denominator: 5 },
  },
  // no row matches the where: count is 0, avg null, sample 0
  'empty-where-avg': { measure: 'avg(cost)', where: "type = 'none'", expected: { value: null, sample: 0 } },
  'empty-where-count': { measure: 'count(*)', where: "type = 'none'", expected: { value: 0, sample: 0 } },
};

const p = project(Object.entries(cases).map(([id, c]) => kpi({ id, measure: c.measure, where: c.where })));

let db: TestDb;
beforeAll(async () => {
  db = await TestDb.open();
  await db.exec(`create table tickets (id varchar, type varchar, priority varchar, channel varchar,
    opened_at timestamptz, resolved_at timestamptz, score integer, reopen_count integer, cost double)`);
  await db.exec(`insert into tickets values ${rows}`);
  await db.exec('create view src_tickets as select * from tickets');
});
afterAll(() => db.close());

function numbers(row: Row | undefined, id: string): Case['expected'] {
  if (!row) throw new Error(`no March row for ${id}`);
  const read = (part: string) => row[`${id}:${part}`] as number | null;
  const out: Record<string, number | null> = { value: read('value'), sample: read('sample') };
  for (const part of ['numerator', 'denominator', 'negative']) {
    if (`${id}:${part}` in row) out[part] = read(part);
  }
  return out as Case['expected'];
}

describe('every construct of the measure language computes the hand-worked number', () => {
  for (const [id, c] of Object.entries(cases)) {
    it(`${id}: ${c.measure}${c.where ? ` where ${c.where}` : ''}`, async () => {
      const rows = byPeriod(await db.run(compileKpiSql(p, id, 'month')), 'resolved_at');
      expect([...rows.keys()]).toEqual(['2026-03-01']);
      const got = numbers(rows.get('2026-03-01'), id);
      expect(got).toEqual({
        ...c.expected,
        value: got.value === null ? null : expect.closeTo(c.expected.value ?? Number.NaN, 9),
      });
      expect(got.value === null).toBe(c.expected.value === null);
    });
  }
});

describe('fused execution', () => {
  it('computes all these KPIs in one query with the same numbers as one query each', async () => {
    const plan = planKpis(p, { kpis: Object.keys(cases), grain: 'month' });
    expect(plan.queries).toHaveLength(1);
    const rows = byPeriod(await db.run(plan.queries[0]!.query), 'resolved_at');
    for (const [id, c] of Object.entries(cases)) {
      const got = numbers(rows.get('2026-03-01'), id);
      expect(got.sample, id).toBe(c.expected.sample);
      if (c.expected.value === null) expect(got.value, id).toBeNull();
      else expect(got.value, id).toBeCloseTo(c.expected.value, 9);
    }
  });
});
