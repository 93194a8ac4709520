import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestDb } from '../test/duckdb-harness.js';
import { kpi, project } from '../test/fixture-project.js';
import { negativeDurationRowsSql } from './negative-duration-rows-sql.js';
import { planKpis } from './plan-kpis.js';

const mttr = kpi({
  id: 'itsm.mttr',
  measure: 'avg(hours_between(opened_at, resolved_at))',
  where: "type = 'incident'",
});
const both = kpi({
  id: 'itsm.both',
  measure: 'avg(hours_between(opened_at, resolved_at)) + avg(minutes_between(opened_at, first_response_at))',
  where: "type = 'incident'",
});
const volume = kpi({ id: 'itsm.volume', measure: 'count(*)' });
const p = project([mttr, both, volume]);
const octNov = { grain: 'month', from: '2026-10-01', through: '2026-11-01' } as const;

describe('negativeDurationRowsSql', () => {
  it('selects the key and the duration’s fields of the rows the KPI counts as negative, values bound', () => {
    const q = negativeDurationRowsSql(p, 'itsm.mttr', octNov);
    expect(q?.columns).toEqual(['id', 'opened_at', 'resolved_at']);
    expect(q?.query.sql).toBe(
      [
        'select',
        '  "id" as "id",',
        '  "opened_at" as "opened_at",',
        '  "resolved_at" as "resolved_at"',
        'from "src_tickets"',
        `where (cast(date_trunc('month', timezone($1, "resolved_at")) as date) between cast($2 as date) and cast($3 as date)) and ("type" = $4) and ("resolved_at" < "opened_at")`,
        'order by "id", "opened_at", "resolved_at"',
        'limit $5',
      ].join('\n'),
    );
    expect(q?.query.parameters).toEqual(['Europe/Stockholm', '2026-10-01', '2026-11-01', 'incident', 5]);
  });

  it('lists the fields of every duration once, after the key', () => {
    expect(negativeDurationRowsSql(p, 'itsm.both', octNov)?.columns).toEqual([
      'id',
      'opened_at',
      'resolved_at',
      'first_response_at',
    ]);
  });

  it('gives nothing for a measure without durations', () => {
    expect(negativeDurationRowsSql(p, 'itsm.volume', octNov)).toBeUndefined();
  });
});

/*
 * Hand-made tickets (UTC; the source's zone is Europe/Stockholm, CEST +2 until 25 Oct, then CET +1).
 *  id  type      opened              first response      resolved            local month of resolved
 *  n1  incident  10-20 12:00         -                   10-20 10:00  (−2 h)  2026-10
 *  n2  incident  11-02 09:00         -                   10-31 23:30  (<0)    2026-11 (00:30 on 1 Nov local)
 *  n3  request   10-15 12:00         -                   10-15 08:00  (<0)    2026-10, not an incident
 *  n4  incident  10-05 08:00         -                   10-05 09:00  (+1 h)  2026-10
 *  n5  incident  (none)              -                   10-06 09:00  (null)  2026-10
 *  n6  incident  09-10 12:00         -                   09-10 11:00  (<0)    2026-09, before the window
 *  n7  incident  10-07 08:00         10-07 07:00 (<0)    10-07 10:00  (+2 h)  2026-10
 */
describe('negativeDurationRowsSql on DuckDB', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await TestDb.open();
    await db.exec(`create table src_tickets as select * from (values
      ('n1', 'incident', timestamptz '2026-10-20 12:00:00+00', null::timestamptz, timestamptz '2026-10-20 10:00:00+00'),
      ('n2', 'incident', timestamptz '2026-11-02 09:00:00+00', null, timestamptz '2026-10-31 23:30:00+00'),
      ('n3', 'request',  timestamptz '2026-10-15 12:00:00+00', null, timestamptz '2026-10-15 08:00:00+00'),
      ('n4', 'incident', timestamptz '2026-10-05 08:00:00+00', null, timestamptz '2026-10-05 09:00:00+00'),
      ('n5', 'incident', null, null, timestamptz '2026-10-06 09:00:00+00'),
      ('n6', 'incident', timestamptz '2026-09-10 12:00:00+00', null, timestamptz '2026-09-10 11:00:00+00'),
      ('n7', 'incident', timestamptz '2026-10-07 08:00:00+00', timestamptz '2026-10-07 07:00:00+00', timestamptz '2026-10-07 10:00:00+00')
    ) t(id, type, opened_at, first_response_at, resolved_at)`);
  });
  afterAll(() => db.close());

  const ids = async (kpiId: string, request: Parameters<typeof negativeDurationRowsSql>[2]) => {
    const q = negativeDurationRowsSql(p, kpiId, request);
    if (!q) throw new Error(`no query for ${kpiId}`);
    return (await db.run(q.query)).map((r) => r.id);
  };

  it('finds the incidents resolved before they were opened in the window, not requests or earlier months', async () => {
    // n1 (Oct) and n2 (Nov, local); n3 is a request, n6 is in September, n5 has no start.
    expect(await ids('itsm.mttr', octNov)).toEqual(['n1', 'n2']);
  });

  it('finds exactly the rows the fused query counts in its negative column', async () => {
    const plan = planKpis(p, { kpis: ['itsm.mttr', 'itsm.both'], grain: 'month' });
    const rows = await db.run(plan.queries[0]!.query);
    const counted = (column: string) =>
      rows
        .filter((r) => r.period === '2026-10-01' || r.period === '2026-11-01')
        .reduce((sum, r) => sum + Number(r[column]), 0);
    // mttr: n1 + n2 = 2; both: n1 + n2 + n7 (first response before opening) = 3.
    expect(counted('itsm.mttr:negative')).toBe(2);
    expect(counted('itsm.both:negative')).toBe(3);
    expect(await ids('itsm.both', octNov)).toEqual(['n1', 'n2', 'n7']);
  });

  it('cuts periods in the source’s zone: a ticket resolved 23:30 UTC on 31 October is November’s', async () => {
    expect(await ids('itsm.mttr', { grain: 'month', from: '2026-10-01', through: '2026-10-01' })).toEqual([
      'n1',
    ]);
    expect(await ids('itsm.mttr', { grain: 'month', from: '2026-11-01', through: '2026-11-01' })).toEqual([
      'n2',
    ]);
  });

  it('returns no more rows than the limit, the first in key order', async () => {
    expect(await ids('itsm.both', { ...octNov, limit: 2 })).toEqual(['n1', 'n2']);
  });
});
