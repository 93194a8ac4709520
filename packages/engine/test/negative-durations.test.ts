import { duckDbBusinessTime } from '@nyckeltal/compiler';
import { type Issue, localizeIssue, type Snapshot, type SnapshotIssue } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineSession } from '../src/engine-session.js';
import { runKpis } from '../src/run-kpis.js';
import { desk, deskKpis, fixtures } from './helpers/desk-project.js';
import { kpiModel, projectModel } from './helpers/project-model.js';
import { sourceModel } from './helpers/source-model.js';

/*
 * A queue of hand-made tickets, Europe/Stockholm wall-clock time (CEST +02:00 until
 * 25 October, then CET +01:00). The key is `ref`, the duration hours_between(logged_at,
 * closed_at), periods by the month of closed_at.
 *
 *  ref  kind      logged            closed            hours  month
 *  T01  incident  10-12 09:00       10-12 08:30        −0.5  2026-10
 *  T02  incident  10-05 12:00       10-05 08:00        −4    2026-10
 *  T03  incident  11-02 10:00       11-01 10:00       −24    2026-11
 *  T04  incident  11-04 10:00       11-04 11:00         1    2026-11
 *  T05  incident  10-09 12:00       10-08 12:00       −24    2026-10
 *  T06  incident  11-03 10:00       11-03 09:59        −1/60 2026-11
 *  T07  incident  10-03 10:00       10-03 09:00        −1    2026-10
 *  T08  request   11-05 10:00       11-05 09:00        −1    2026-11  (not an incident)
 *  T09  incident  08-01 10:00       07-31 10:00       −24    2026-07  (before a three-month window)
 *  T10  incident  11-06 10:00       11-06 12:00         2    2026-11
 */
const queue = sourceModel(
  'queue',
  {
    kind: 'sql',
    sql: `select * from (values
      ('T01', 'incident', '2026-10-12 09:00', '2026-10-12 08:30'),
      ('T02', 'incident', '2026-10-05 12:00', '2026-10-05 08:00'),
      ('T03', 'incident', '2026-11-02 10:00', '2026-11-01 10:00'),
      ('T04', 'incident', '2026-11-04 10:00', '2026-11-04 11:00'),
      ('T05', 'incident', '2026-10-09 12:00', '2026-10-08 12:00'),
      ('T06', 'incident', '2026-11-03 10:00', '2026-11-03 09:59'),
      ('T07', 'incident', '2026-10-03 10:00', '2026-10-03 09:00'),
      ('T08', 'request',  '2026-11-05 10:00', '2026-11-05 09:00'),
      ('T09', 'incident', '2026-08-01 10:00', '2026-07-31 10:00'),
      ('T10', 'incident', '2026-11-06 10:00', '2026-11-06 12:00')
    ) t(ref, kind, logged_at, closed_at)`,
  },
  {
    kind: 'string',
    ref: { type: 'string', key: true },
    logged_at: 'timestamp',
    closed_at: 'timestamp',
  },
);
const mttrOrigin = { file: 'kpis/queue/mttr.yaml', line: 4, column: 3 };
const queueMttr = kpiModel(queue, {
  id: 'q.mttr',
  measure: 'avg(hours_between(logged_at, closed_at))',
  where: "kind = 'incident'",
  time: 'closed_at',
  origin: mttrOrigin,
});
const queueRequests = kpiModel(queue, {
  id: 'q.requests',
  measure: 'median(hours_between(logged_at, closed_at))',
  where: "kind = 'request'",
  time: 'closed_at',
});
// desk.csv's only negative duration is O4, a P3 incident: a P1-only KPI never sees it.
const deskP1 = kpiModel(desk, {
  id: 'k.mttr-p1',
  measure: 'avg(hours_between(opened_at, resolved_at))',
  where: "priority = 'P1'",
});
const project = projectModel(fixtures, [desk, queue], [...deskKpis, deskP1, queueMttr, queueRequests]);
const now = () => new Date('2026-11-27T08:00:00Z');

let session: EngineSession;
beforeAll(async () => {
  session = await EngineSession.open();
});
afterAll(() => session.close());

const negatives = (snapshot: Snapshot, kpi: string) =>
  snapshot.issues.filter((i) => i.code === 'KPI0502' && i.kpi === kpi);

describe('negative durations in a snapshot', () => {
  it('lists the ticket resolved before it was opened by its key and both timestamps, in local time', async () => {
    const snapshot = await runKpis(session, project, ['k.mttr', 'k.median'], { now });
    // desk.csv: O4 opened 2026-10-20 12:00, resolved 10:00 (CEST): −2 h, in October, in the window.
    for (const kpi of ['k.mttr', 'k.median']) {
      expect(negatives(snapshot, kpi)).toEqual([
        expect.objectContaining({
          count: 1,
          examples: [
            { id: 'O4', opened_at: '2026-10-20T12:00:00+02:00', resolved_at: '2026-10-20T10:00:00+02:00' },
          ],
        }),
      ]);
    }
  });

  it('reports nothing for a KPI whose where leaves the bad row out', async () => {
    const snapshot = await runKpis(session, project, ['k.mttr-p1', 'k.mttr'], { now });
    expect(negatives(snapshot, 'k.mttr-p1')).toEqual([]);
    expect(negatives(snapshot, 'k.mttr')).toHaveLength(1);
  });

  it('counts every negative row in the window exactly and shows the first five in key order', async () => {
    const snapshot = await runKpis(session, project, ['q.mttr'], { now, history: 3 });
    // Window Sep–Nov 2026. Incidents ending before they start: Oct T01 T02 T05 T07, Nov T03 T06 = 6.
    // T08 is a request (the where leaves it out); T09 closed in July, before the window.
    const [issue] = negatives(snapshot, 'q.mttr');
    expect(issue?.count).toBe(6);
    expect(issue?.examples).toEqual([
      { ref: 'T01', logged_at: '2026-10-12T09:00:00+02:00', closed_at: '2026-10-12T08:30:00+02:00' },
      { ref: 'T02', logged_at: '2026-10-05T12:00:00+02:00', closed_at: '2026-10-05T08:00:00+02:00' },
      { ref: 'T03', logged_at: '2026-11-02T10:00:00+01:00', closed_at: '2026-11-01T10:00:00+01:00' },
      { ref: 'T05', logged_at: '2026-10-09T12:00:00+02:00', closed_at: '2026-10-08T12:00:00+02:00' },
      { ref: 'T06', logged_at: '2026-11-03T10:00:00+01:00', closed_at: '2026-11-03T09:59:00+01:00' },
    ]);
    // They stay out of the value: November's incidents with a duration are T04 (1 h) and T10 (2 h),
    // (1 + 2) / 2 = 1.5, while all four November incidents are in the sample.
    const mttr = snapshot.kpis[0];
    expect([mttr?.value, mttr?.sample]).toEqual([1.5, 4]);
  });

  it('looks for examples only in the periods it counts', async () => {
    // Current period October, three months: Aug–Oct. Only October's four: T01 T02 T05 T07.
    const snapshot = await runKpis(session, project, ['q.mttr'], { now, history: 3, period: '2026-10' });
    const [issue] = negatives(snapshot, 'q.mttr');
    expect(issue?.count).toBe(4);
    expect(issue?.examples.map((e) => e.ref)).toEqual(['T01', 'T02', 'T05', 'T07']);
  });

  it('shows each KPI the rows its own where keeps', async () => {
    const snapshot = await runKpis(session, project, ['q.mttr', 'q.requests'], { now, history: 3 });
    const [requests] = negatives(snapshot, 'q.requests');
    expect(requests?.count).toBe(1);
    expect(requests?.examples.map((e) => e.ref)).toEqual(['T08']);
  });

  it('carries the hint, the params and the KPI’s definition, and words it in Swedish', async () => {
    const snapshot = await runKpis(session, project, ['q.mttr'], { now, history: 3 });
    const [issue] = negatives(snapshot, 'q.mttr');
    expect(issue).toMatchObject({
      severity: 'warning',
      source: 'queue',
      hint: expect.stringContaining('resolved before it was opened'),
      params: { kpi: 'q.mttr', count: 6 },
      ...mttrOrigin,
    });
    expect(localizeIssue(asIssue(issue!), 'sv').message).toBe(
      'Nyckeltalet "q.mttr": 6 rader slutar innan de börjar (en negativ varaktighet); de räknas inte med i värdet.',
    );
  });
});

describe('a failed KPI query in a snapshot', () => {
  // A business-time implementation that names a relation DuckDB does not have: the fused query fails.
  const broken = { businessTime: { ...duckDbBusinessTime, crossJoins: () => ['no_such_relation'] } };

  it('points at the KPI’s definition when the query computes one KPI, with hint and params', async () => {
    const snapshot = await runKpis(session, project, ['q.mttr'], { now, plan: broken });
    const failed = snapshot.issues.filter((i) => i.code === 'KPI0508');
    expect(failed).toEqual([
      expect.objectContaining({
        severity: 'error',
        source: 'queue',
        kpi: 'q.mttr',
        hint: expect.stringContaining('kpi explain'),
        params: { source: 'queue', reason: expect.stringContaining('no_such_relation') },
        ...mttrOrigin,
      }),
    ]);
    const sv = localizeIssue(asIssue(failed[0]!), 'sv');
    expect(sv.message).toMatch(/^Frågan mot källan "queue" misslyckades: .*no_such_relation/);
    expect(sv.hint).toContain('Kör `kpi explain`');
  });

  it('points at the source’s definition when the query computes several KPIs', async () => {
    const snapshot = await runKpis(session, project, ['q.mttr', 'q.requests'], { now, plan: broken });
    const [failed] = snapshot.issues.filter((i) => i.code === 'KPI0508');
    expect(failed?.kpi).toBeUndefined();
    expect(failed).toMatchObject({ source: 'queue', ...queue.origin });
  });
});

/** A snapshot issue as the catalog Issue that localizeIssue takes. */
function asIssue(issue: SnapshotIssue): Issue {
  const { code, severity, message, hint, params } = issue;
  return { code, severity, message, ...(hint !== undefined && { hint }), ...(params && { params }) };
}
