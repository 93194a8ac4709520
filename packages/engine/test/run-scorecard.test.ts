import type { Snapshot, SnapshotKpi } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineSession } from '../src/engine-session.js';
import { runKpis, runScorecard } from '../src/run-kpis.js';
import { desk, deskKpis, deskProject } from './helpers/desk-project.js';
import { kpiModel, projectModel, scorecardModel } from './helpers/project-model.js';
import { sourceModel } from './helpers/source-model.js';

/*
 * fixtures/desk.csv, Europe/Stockholm. Durations are hours_between(opened_at, resolved_at)
 * as elapsed time; the local month is that of resolved_at (the KPIs' time field).
 *
 *  id  type      prio opened (local)        resolved (local)       hours  fc    csat  month
 *  Y1  incident  P1   2025-11-05 08:00      2025-11-05 13:00          5   no    4     2025-11
 *  M1  incident  P1   03-29 01:30 CET       03-29 03:30 CEST          1   yes   3     2026-03  (00:30Z → 01:30Z: clocks jump at 01:00Z)
 *  A1  incident  P2   08-10 08:00           08-10 20:00              12   no    3     2026-08
 *  A2  incident  P1   08-20 09:00           08-20 15:00               6   yes   5     2026-08
 *  --  nothing resolved in September 2026 (an empty period)
 *  O1  incident  P1   10-01 00:00 CEST      10-02 04:00              28   yes   5     2026-10  (opened at midnight on the month boundary)
 *  R1  request   P1   10-05 08:00           10-05 09:00               1   no    5     2026-10  (not an incident)
 *  O3  incident  P2   10-25 00:30 CEST      10-25 02:30 CET           3   no    4     2026-10  (22:30Z → 01:30Z across the fall-back)
 *  O4  incident  P3   10-20 12:00           10-20 10:00              −2   no    -     2026-10  (negative: left out of durations)
 *  O6  incident  P3   (none)                10-28 10:00            null   no    2     2026-10
 *  O5  incident  P2   10-22 10:00           (none)                    -   no    -     none     (never resolved: in no period)
 *  O2  incident  P2   10-31 20:00 CET       11-01 00:00 CET           4   yes   5     2026-11  (resolved at local midnight: November, though 23:00Z is 31 Oct)
 *  N1  incident  P1   11-10 08:00           11-10 10:00               2   yes   4     2026-11
 */

let session: EngineSession;
const now = () => new Date('2026-11-27T08:00:00Z');

beforeAll(async () => {
  session = await EngineSession.open();
});
afterAll(() => session.close());

const kpiOf = (snapshot: Snapshot, id: string): SnapshotKpi => {
  const kpi = snapshot.kpis.find((k) => k.id === id);
  if (!kpi) throw new Error(`no ${id} in snapshot`);
  return kpi;
};
const points = (kpi: SnapshotKpi) => kpi.series.map((p) => [p.period, p.value, p.sample, p.status]);

describe('runScorecard at its own grain (month)', () => {
  let snapshot: Snapshot;
  beforeAll(async () => {
    snapshot = await runScorecard(session, deskProject(), 'desk', { now });
  });

  it('picks the latest month with data as the current period, and stamps the clock and the data’s end', () => {
    expect(snapshot.period).toEqual({ key: '2026-11', start: '2026-11-01', end: '2026-12-01' });
    expect(snapshot.built_at).toBe('2026-11-27T08:00:00.000Z');
    // The latest resolved_at is N1, 2026-11-10 10:00 local (CET, +01:00).
    expect(snapshot.data_through).toBe('2026-11-10T10:00:00+01:00');
    expect(snapshot.scorecard).toEqual({
      id: 'desk',
      title: { en: 'desk', sv: 'desk' },
      audience: 'Team leads',
    });
  });

  it('counts a ticket resolved at local midnight on 1 November in November', () => {
    // November: O2 and N1. October: O1, R1, O3, O4, O6. A UTC cut would give 1 and 6.
    const resolved = kpiOf(snapshot, 'k.resolved');
    expect(resolved.value).toBe(2);
    expect(resolved.previous).toEqual({ period: '2026-10', value: 5 });
  });

  it('computes the mean duration per month, leaving out negative and missing durations', () => {
    const mttr = kpiOf(snapshot, 'k.mttr');
    // Nov: (4 + 2) / 2 = 3 → green (≤ 8). Oct: (28 + 3) / 2 = 15.5 → red (> 12); O4 (−2 h) and O6 (null)
    // stay in the sample of 4 incidents but not in the mean. Aug: (12 + 6) / 2 = 9 → amber (≤ 12).
    expect([mttr.value, mttr.sample, mttr.status, mttr.target]).toEqual([3, 2, 'green', 8]);
    expect(mttr.previous).toEqual({ period: '2026-10', value: 15.5 });
    // 3 − 15.5 = −12.5: lower is better, so improved.
    expect([mttr.delta, mttr.improved]).toEqual([-12.5, true]);
    expect(mttr.year_ago).toEqual({ period: '2025-11', value: 5 });
    expect(
      mttr.series.filter((p) => p.sample > 0).map((p) => [p.period, p.value, p.sample, p.status]),
    ).toEqual([
      ['2025-11', 5, 1, 'insufficient'], // 1 < min_sample 2
      ['2026-03', 1, 1, 'insufficient'], // one elapsed hour across the spring-forward, not two
      ['2026-08', 9, 2, 'amber'],
      ['2026-10', 15.5, 4, 'red'],
      ['2026-11', 3, 2, 'green'],
    ]);
  });

  it('gives thirteen months ending with the current one, empty months with value null and sample 0', () => {
    const mttr = kpiOf(snapshot, 'k.mttr');
    expect(mttr.series.map((p) => p.period)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(mttr.series[10]).toEqual({
      period: '2026-09',
      start: '2026-09-01',
      value: null,
      sample: 0,
      target: 8,
      status: 'insufficient',
    });
    // The target starts 2026-01-01, so 2025 months have none.
    expect(mttr.series[1]?.target).toBeNull();
  });

  it('breaks the current period down by priority', () => {
    // Nov: N1 (P1) 2 h, O2 (P2) 4 h.
    expect(kpiOf(snapshot, 'k.mttr').breakdowns).toEqual({
      priority: [
        { key: 'P1', value: 2, sample: 1 },
        { key: 'P2', value: 4, sample: 1 },
      ],
    });
  });

  it('carries numerator and denominator for a share, and judges it against its target without thresholds', () => {
    const fcr = kpiOf(snapshot, 'k.fcr');
    // Nov: O2 and N1 both first-contact: 2 / 2 = 100 % ≥ 70 → green. Oct: only O1 of 5 → 20 % → red.
    expect([fcr.value, fcr.numerator, fcr.denominator, fcr.status]).toEqual([100, 2, 2, 'green']);
    expect(fcr.series[11]).toMatchObject({
      period: '2026-10',
      value: 20,
      numerator: 1,
      denominator: 5,
      status: 'red',
    });
  });

  it('reads higher-is-better thresholds for all three colours', () => {
    // green ≥ 4.5, amber ≥ 4. Nov (5 + 4) / 2 = 4.5; Oct (5 + 5 + 4 + 2) / 4 = 4 (O4 has no score); Mar 3.
    const csat = kpiOf(snapshot, 'k.csat');
    expect([csat.value, csat.status]).toEqual([4.5, 'green']);
    expect(csat.series[11]).toMatchObject({ value: 4, status: 'amber' });
    expect(csat.series[4]).toMatchObject({ period: '2026-03', value: 3, status: 'red' });
  });

  it('says no-target for a KPI with neither target nor thresholds', () => {
    expect(kpiOf(snapshot, 'k.resolved').status).toBe('no-target');
  });

  it('takes the median of an even number of durations halfway between the middle two', () => {
    // Oct incidents with a duration: 28 and 3 → (3 + 28) / 2 = 15.5; Nov: (2 + 4) / 2 = 3.
    const median = kpiOf(snapshot, 'k.median');
    expect([median.value, median.series[11]?.value]).toEqual([3, 15.5]);
  });

  it('reports the negative duration once per KPI that reads it, with the ticket as example', () => {
    expect(snapshot.issues).toEqual([
      expect.objectContaining({
        code: 'KPI0502',
        kpi: 'k.mttr',
        count: 1,
        // O4: opened 12:00, resolved 10:00 on 20 October (CEST, +02:00).
        examples: [
          { id: 'O4', opened_at: '2026-10-20T12:00:00+02:00', resolved_at: '2026-10-20T10:00:00+02:00' },
        ],
      }),
      expect.objectContaining({ code: 'KPI0502', kpi: 'k.median', count: 1 }),
    ]);
  });
});

describe('runScorecard at other grains', () => {
  it('recomputes a quarter’s share from rows instead of averaging its months', async () => {
    const snapshot = await runScorecard(session, deskProject(), 'desk', {
      now,
      grain: 'quarter',
      history: 2,
    });
    expect(snapshot.period.key).toBe('2026-Q4');
    const fcr = kpiOf(snapshot, 'k.fcr');
    // Q4: (1 + 2) first-contact of (5 + 2) tickets = 300 / 7 ≈ 42.857 %; the mean of Oct 20 % and Nov 100 % would be 60 %.
    expect([fcr.numerator, fcr.denominator]).toEqual([3, 7]);
    expect(fcr.value).toBeCloseTo(300 / 7, 9);
    // Q3 holds August only: 1 of 2.
    expect(fcr.previous).toEqual({ period: '2026-Q3', value: 50 });
    // Q4 incidents with a duration: 28, 3, 4, 2 → 37 / 4 = 9.25 → amber.
    expect(kpiOf(snapshot, 'k.mttr')).toMatchObject({ value: 9.25, status: 'amber' });
  });

  it('cuts ISO weeks in local time around the autumn DST change', async () => {
    const snapshot = await runScorecard(session, deskProject(), 'desk', {
      now,
      grain: 'week',
      period: '2026-W43',
      history: 3,
    });
    expect(snapshot.period).toEqual({ key: '2026-W43', start: '2026-10-19', end: '2026-10-26' });
    // W43 (Mon 19 – Sun 25 Oct): O4 (negative, 20 Oct) and O3 (3 h, resolved Sunday 02:30 CET).
    // W42 is empty; W41 holds R1, a request.
    expect(points(kpiOf(snapshot, 'k.mttr'))).toEqual([
      ['2026-W41', null, 0, 'insufficient'],
      ['2026-W42', null, 0, 'insufficient'],
      ['2026-W43', 3, 2, 'green'],
    ]);
    expect(points(kpiOf(snapshot, 'k.resolved'))[0]).toEqual(['2026-W41', 1, 1, 'no-target']);
  });

  it('measures the night of the spring-forward in elapsed hours', async () => {
    const snapshot = await runScorecard(session, deskProject(), 'desk', {
      now,
      grain: 'day',
      period: '2026-03-29',
      history: 1,
    });
    // M1: 01:30 CET → 03:30 CEST is one hour, though the wall clock moved two.
    expect(kpiOf(snapshot, 'k.mttr')).toMatchObject({ value: 1, sample: 1, status: 'insufficient' });
    expect(kpiOf(snapshot, 'k.resolved').series).toHaveLength(1);
  });

  it('breaks down an explicitly chosen period, including keys whose rows have no value', async () => {
    const snapshot = await runScorecard(session, deskProject(), 'desk', {
      now,
      period: '2026-10',
      history: 1,
    });
    // Oct incidents: O1 (P1) 28 h; O3 (P2) 3 h; O4 (P3) −2 h and O6 (P3) no duration → P3 has no value.
    expect(kpiOf(snapshot, 'k.mttr').breakdowns.priority).toEqual([
      { key: 'P1', value: 28, sample: 1 },
      { key: 'P2', value: 3, sample: 1 },
      { key: 'P3', value: null, sample: 2 },
    ]);
  });
});

describe('runScorecard comparisons and options', () => {
  it('compares with the same period a year earlier when the scorecard says year_ago', async () => {
    const card = scorecardModel('yoy', ['k.mttr'], { compare: 'year_ago' });
    const snapshot = await runScorecard(session, deskProject([card]), 'yoy', { now });
    // Nov 2026: 3 h; Nov 2025: Y1 alone, 5 h. 3 − 5 = −2, better for lower.
    expect(kpiOf(snapshot, 'k.mttr')).toMatchObject({
      delta: -2,
      improved: true,
      year_ago: { period: '2025-11', value: 5 },
    });
  });

  it('reports a period key that is not of the grain, and falls back to the latest period', async () => {
    const snapshot = await runScorecard(session, deskProject(), 'desk', { now, period: '2026-W43' });
    expect(snapshot.period.key).toBe('2026-11');
    expect(snapshot.issues).toContainEqual(expect.objectContaining({ code: 'KPI0507', severity: 'error' }));
  });

  it('finds the current period from the KPI’s own rows when its filter hides the latest data', async () => {
    // Only P3 tickets: O4 (20 Oct) and O6 (28 Oct); the source's latest resolution is in November.
    const p3 = kpiModel(desk, {
      id: 'k.p3',
      measure: 'count(*)',
      where: "priority = 'P3'",
      breakdowns: ['type'],
    });
    const project = projectModel(deskProject().root, [desk], [...deskKpis, p3]);
    const snapshot = await runKpis(session, project, ['k.p3'], { now });
    expect(snapshot.scorecard.id).toBe('ad-hoc');
    expect(snapshot.period.key).toBe('2026-10');
    expect(kpiOf(snapshot, 'k.p3')).toMatchObject({
      value: 2,
      breakdowns: { type: [{ key: 'incident', value: 2, sample: 2 }] },
    });
  });

  it('reports a source whose file is missing and leaves its KPIs without values', async () => {
    const gone = sourceModel(
      'gone',
      { kind: 'file', path: 'missing.csv', format: 'csv' },
      { id: 'string', resolved_at: 'timestamp' },
    );
    const lost = kpiModel(gone, { id: 'k.lost', measure: 'count(*)' });
    const project = projectModel(deskProject().root, [gone], [lost]);
    const snapshot = await runKpis(session, project, ['k.lost'], { now, history: 2 });
    expect(snapshot.issues).toEqual([
      expect.objectContaining({ code: 'KPI0503', severity: 'error', source: 'gone' }),
    ]);
    expect(kpiOf(snapshot, 'k.lost')).toMatchObject({ value: null, sample: 0, status: 'insufficient' });
    // No data at all: the current period is the clock's month, in the source's zone.
    expect(snapshot.period.key).toBe('2026-11');
    expect(snapshot.data_through).toBeNull();
  });
});
