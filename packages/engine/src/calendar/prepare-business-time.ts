import { sourceRelationName } from '@nyckeltal/compiler';
import { createIssue, type KpiModel, type ProjectModel, type SnapshotIssue, walkExpr } from '@nyckeltal/spec';
import type { EngineSession } from '../engine-session.js';
import { registerCalendar } from './register-calendar.js';

/** The span of years any calendar is laid out for; dates outside are treated as data errors. */
const FIRST_YEAR = 1970;
const LAST_YEAR = 2100;

/**
 * Which calendars each source's KPIs use in `business_*_between(…, 'calendar')`.
 *
 * @example
 * calendarsBySource([frt, mttr]); // Map { 'tickets' => Set { 'se-office' } }
 */
export function calendarsBySource(kpis: readonly KpiModel[]): Map<string, Set<string>> {
  const bySource = new Map<string, Set<string>>();
  for (const kpi of kpis) {
    for (const expr of [kpi.measure, kpi.where]) {
      if (!expr) continue;
      walkExpr(expr.ast, (node) => {
        if (node.kind !== 'call' || !node.fn.startsWith('business_')) return;
        const arg = node.args[2];
        if (arg?.kind !== 'literal' || typeof arg.value !== 'string') return;
        const set = bySource.get(kpi.source) ?? new Set<string>();
        set.add(arg.value);
        bySource.set(kpi.source, set);
      });
    }
  }
  return bySource;
}

/**
 * Gets a session ready for the business-time SQL of some KPIs: for each calendar they
 * use, reads the first and last timestamp of the sources that use it (one scan of
 * each such source, loaded beforehand as `src_<id>`) and lays the calendar out from
 * the January before the first to the January two years after the last, within
 * 1970–2100. Timestamps beyond that span are reported (KPI0800), not guessed.
 *
 * @example
 * const issues = await prepareBusinessTime(session, project, kpis);
 * planKpis(project, request, { businessTime: duckDbBusinessTime });
 */
export async function prepareBusinessTime(
  session: EngineSession,
  project: ProjectModel,
  kpis: readonly KpiModel[],
): Promise<SnapshotIssue[]> {
  const issues: SnapshotIssue[] = [];
  const years = new Map<string, { first: number; last: number }>();
  for (const [sourceId, calendars] of calendarsBySource(kpis)) {
    const source = project.sources.get(sourceId);
    const stamps = [...(source?.fields.values() ?? [])]
      .filter((f) => f.type === 'timestamp')
      .map((f) => f.name);
    if (!source || stamps.length === 0) continue;
    const ids = stamps.map((n) => `"${n.replaceAll('"', '""')}"`).join(', ');
    const relation = `"${sourceRelationName(sourceId)}"`;
    const least = stamps.length === 1 ? ids : `least(${ids})`;
    const greatest = stamps.length === 1 ? ids : `greatest(${ids})`;
    const [row] = await session.query({
      sql: `select year(min(${least}) at time zone 'UTC') as first, year(max(${greatest}) at time zone 'UTC') as last,
              min(${least})::varchar as first_at, max(${greatest})::varchar as last_at from ${relation}`,
      parameters: [],
    });
    if (!row || row.first === null || row.last === null) continue;
    const first = Number(row.first);
    const last = Number(row.last);
    for (const id of calendars) {
      const calendar = project.calendars.get(id);
      if (!calendar) continue;
      const span = { first: Math.max(first - 1, FIRST_YEAR), last: Math.min(last + 1, LAST_YEAR) };
      const had = years.get(id);
      years.set(
        id,
        had ? { first: Math.min(had.first, span.first), last: Math.max(had.last, span.last) } : span,
      );
      if (first - 1 < FIRST_YEAR || last + 1 > LAST_YEAR) {
        const issue = createIssue('KPI0800', {
          source: sourceId,
          calendar: id,
          first: String(row.first_at),
          last: String(row.last_at),
          from: `${span.first}-01-01`,
          to: `${span.last + 1}-01-01`,
        });
        issues.push({
          code: issue.code,
          severity: issue.severity,
          message: issue.message,
          source: sourceId,
          count: 0,
          examples: [],
        });
      }
    }
  }
  for (const [id, span] of years) {
    await registerCalendar(session, project.calendars.get(id)!, {
      from: `${span.first}-01-01`,
      to: `${span.last + 1}-01-01`,
    });
  }
  return issues;
}
