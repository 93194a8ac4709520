import { negativeDurationRowsSql, type PlanOptions } from '@nyckeltal/compiler';
import type { Grain, KpiModel, ProjectModel } from '@nyckeltal/spec';
import type { EngineSession, Row } from './engine-session.js';
import { ISSUE_EXAMPLES } from './load-source.js';
import type { KpiWindow } from './snapshot-kpi.js';
import { zonedIso } from './zoned-instant.js';

/**
 * Up to five of the rows a KPI counts as negative durations in the window's periods
 * (KPI0502's examples): the source's key fields and the fields the durations read, with
 * timestamps as local time with offset in the source's zone, in key order. One small
 * query; call it only when the count is above 0. Undefined when the measure has no
 * durations, or when the query fails (the count stands; the issue then names the periods).
 *
 * @example
 * await negativeDurationExamples(session, project, mttr, 'month', window, { businessTime: duckDbBusinessTime });
 * // [{ id: 'O4', opened_at: '2026-10-20T12:00:00+02:00', resolved_at: '2026-10-20T10:00:00+02:00' }]
 */
export async function negativeDurationExamples(
  session: EngineSession,
  project: ProjectModel,
  kpi: KpiModel,
  grain: Grain,
  window: KpiWindow,
  options: PlanOptions = {},
): Promise<readonly Row[] | undefined> {
  const source = project.sources.get(kpi.source);
  const first = window.series[0] ?? window.current;
  const found = negativeDurationRowsSql(
    project,
    kpi.id,
    { grain, from: first.start, through: window.current.start, limit: ISSUE_EXAMPLES },
    options,
  );
  if (!source || !found) return undefined;
  let rows: Row[];
  try {
    rows = await session.query(found.query);
  } catch {
    // The fused query over the same rows ran; a failure here is no reason to fail the run.
    return undefined;
  }
  const zoned = new Set(found.columns.filter((c) => source.fields.get(c)?.type === 'timestamp'));
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([c, v]) => [
        c,
        zoned.has(c) && typeof v === 'string' ? zonedIso(v, source.timeZone) : v,
      ]),
    ),
  );
}
