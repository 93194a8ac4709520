import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileKpiSql } from '../src/index.js';
import { byPeriod, TestDb } from './duckdb-harness.js';
import { kpi, project } from './fixture-project.js';

// Europe/Stockholm in 2026: CET (UTC+1) until Sunday 29 March 01:00 UTC, when clocks jump
// from 02:00 to 03:00 local (CEST, UTC+2); back on Sunday 25 October 01:00 UTC, when
// 03:00 local becomes 02:00 again (so 02:00–03:00 local happens twice).
//
// id  opened_at (UTC)       resolved_at (UTC)     resolved, local          real hours
// r1  2026-03-28 23:00      2026-03-29 02:00      Sun 29 Mar 04:00 CEST    3 (wall clock says 4)
// r2  2026-03-29 00:30      2026-03-29 01:30      Sun 29 Mar 03:30 CEST    1 (wall clock says 2)
// r3  2026-10-24 22:00      2026-10-25 03:00      Sun 25 Oct 04:00 CET     5 (wall clock says 6)
// r4  2026-10-25 00:30      2026-10-25 01:30      Sun 25 Oct 02:30 CET     1 (both are "02:30 local": wall clock says 0)
// r5  2026-03-31 20:00      2026-03-31 22:00      Wed 1 Apr 00:00 CEST     2 (exactly local midnight: April, though March in UTC)
// r6  2026-03-31 20:59:59   2026-03-31 21:59:59   Tue 31 Mar 23:59:59      1 (last second of March)
// r7  2026-01-15 10:00      2026-01-15 12:00      Thu 15 Jan 13:00 CET     2
// r8  2027-01-01 10:00      2027-01-01 12:00      Fri 1 Jan 2027 13:00     2 (ISO week starts Mon 28 Dec 2026)
// r9  2026-03-01 10:00      null                  —                        — (no period: left out)
// No row is resolved in February 2026: the empty period has no row (the engine fills it).
const rows = `
  ('r1', '2026-03-28 23:00:00+00', '2026-03-29 02:00:00+00'),
  ('r2', '2026-03-29 00:30:00+00', '2026-03-29 01:30:00+00'),
  ('r3', '2026-10-24 22:00:00+00', '2026-10-25 03:00:00+00'),
  ('r4', '2026-10-25 02:30:00+02', '2026-10-25 02:30:00+01'),
  ('r5', '2026-03-31 20:00:00+00', '2026-04-01 00:00:00+02'),
  ('r6', '2026-03-31 20:59:59+00', '2026-03-31 21:59:59+00'),
  ('r7', '2026-01-15 10:00:00+00', '2026-01-15 12:00:00+00'),
  ('r8', '2027-01-01 10:00:00+00', '2027-01-01 12:00:00+00'),
  ('r9', '2026-03-01 10:00:00+00', null)`;

const p = project([
  kpi({ id: 'resolved', measure: 'count(*)' }),
  kpi({ id: 'mttr', measure: 'avg(hours_between(opened_at, resolved_at))' }),
  kpi({ id: 'opened', measure: 'count(*)', time: 'opened_at' }),
]);

let db: TestDb;
beforeAll(async () => {
  db = await TestDb.open();
  await db.exec('create table tickets (id varchar, opened_at timestamptz, resolved_at timestamptz)');
  await db.exec(`insert into tickets values ${rows}`);
  await db.exec('create view src_tickets as select * from tickets');
});
afterAll(() => db.close());

/** period → [sample, value] of one KPI at one grain. */
async function series(
  kpiId: string,
  grain: 'day' | 'week' | 'month' | 'quarter' | 'year',
  grouping = 'resolved_at',
) {
  const result = byPeriod(await db.run(compileKpiSql(p, kpiId, grain)), grouping);
  return Object.fromEntries(
    [...result].map(([period, row]) => [period, [row[`${kpiId}:sample`], row[`${kpiId}:value`]]]),
  );
}

describe('periods are cut in the source time zone', () => {
  it('puts each ticket on its local day, across both daylight-saving changes', async () => {
    expect(await series('resolved', 'day')).toEqual({
      '2026-01-15': [1, 1], // r7
      '2026-03-29': [2, 2], // r1, r2 (r2 is 01:30 UTC, the hour clocks jump)
      '2026-03-31': [1, 1], // r6 at 23:59:59 local
      '2026-04-01': [1, 1], // r5 at local midnight, though 31 March in UTC
      '2026-10-25': [2, 2], // r3, r4
      '2027-01-01': [1, 1], // r8
    });
  });

  it('starts weeks on Monday (ISO), including the week that spans New Year', async () => {
    expect(await series('resolved', 'week')).toEqual({
      '2026-01-12': [1, 1], // Thu 15 Jan → Mon 12 Jan
      '2026-03-23': [2, 2], // Sun 29 Mar → Mon 23 Mar
      '2026-03-30': [2, 2], // Tue 31 Mar and Wed 1 Apr → Mon 30 Mar
      '2026-10-19': [2, 2], // Sun 25 Oct → Mon 19 Oct
      '2026-12-28': [1, 1], // Fri 1 Jan 2027 → Mon 28 Dec 2026
    });
  });

  it('puts a row at exactly local midnight on the first of the month in the new month, and leaves out the empty February', async () => {
    expect(await series('resolved', 'month')).toEqual({
      '2026-01-01': [1, 1],
      '2026-03-01': [3, 3], // r1, r2, r6
      '2026-04-01': [1, 1], // r5
      '2026-10-01': [2, 2], // r3, r4
      '2027-01-01': [1, 1], // r8
    });
  });

  it('cuts quarters and years', async () => {
    expect(await series('resolved', 'quarter')).toEqual({
      '2026-01-01': [4, 4], // r7, r1, r2, r6
      '2026-04-01': [1, 1], // r5
      '2026-10-01': [2, 2], // r3, r4
      '2027-01-01': [1, 1], // r8
    });
    expect(await series('resolved', 'year')).toEqual({ '2026-01-01': [7, 7], '2027-01-01': [1, 1] });
  });

  it('measures durations in real elapsed hours across daylight-saving changes', async () => {
    expect(await series('mttr', 'month')).toEqual({
      '2026-01-01': [1, 2], // r7: 2 h
      '2026-03-01': [3, 5 / 3], // r1 3 h, r2 1 h, r6 1 h → 5/3
      '2026-04-01': [1, 2], // r5: 2 h
      '2026-10-01': [2, 3], // r3 5 h, r4 1 h → 6/2
      '2027-01-01': [1, 2], // r8: 2 h
    });
  });

  it('cuts periods by the KPI time field, so a ticket without it is in no period', async () => {
    // opened_at, local: r1 29 Mar 00:00 CET, r2 29 Mar 01:30 CET, r3 25 Oct 00:00 CEST,
    // r4 25 Oct 02:30 CEST, r5 31 Mar 22:00, r6 31 Mar 22:59:59, r7 15 Jan, r8 1 Jan 2027,
    // r9 1 Mar 11:00 — so opened in March: r1, r2, r5, r6, r9 = 5 (r9 has no resolved_at).
    expect(await series('opened', 'month', 'opened_at')).toEqual({
      '2026-01-01': [1, 1],
      '2026-03-01': [5, 5],
      '2026-10-01': [2, 2],
      '2027-01-01': [1, 1],
    });
  });
});
