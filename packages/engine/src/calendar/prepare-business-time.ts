import { sourceRelationName } from '@nyckeltal/compiler';
import {
  type CalendarModel,
  createIssue,
  type KpiModel,
  type ProjectModel,
  type SnapshotIssue,
  type SourceModel,
  walkExpr,
} from '@nyckeltal/spec';
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
  const uses = new Map<string, string[]>();
  for (const [sourceId, calendars] of calendarsBySource(kpis)) {
    for (const id of calendars) uses.set(id, [...(uses.get(id) ?? []), sourceId]);
  }
  const issues: SnapshotIssue[] = [];
  for (const [id, sources] of uses) {
    const calendar = project.calendars.get(id);
    if (calendar) issues.push(...(await layOutCalendarFor(session, project, calendar, sources)));
  }
  return issues;
}

/** The first and last instant of a source's timestamp fields (the source loaded as `src_<id>`). */
interface TimeSpan {
  readonly first: number;
  readonly last: number;
  readonly firstAt: string;
  readonly lastAt: string;
}

async function timeSpan(session: EngineSession, source: SourceModel): Promise<TimeSpan | undefined> {
  const stamps = [...source.fields.values()].filter((f) => f.type === 'timestamp').map((f) => f.name);
  if (stamps.length === 0) return undefined;
  const ids = stamps.map((n) => `"${n.replaceAll('"', '""')}"`).join(', ');
  const relation = `"${sourceRelationName(source.id)}"`;
  const least = stamps.length === 1 ? ids : `least(${ids})`;
  const greatest = stamps.length === 1 ? ids : `greatest(${ids})`;
  const [row] = await session.query({
    sql: `select year(min(${least}) at time zone 'UTC') as first, year(max(${greatest}) at time zone 'UTC') as last,
            min(${least})::varchar as first_at, max(${greatest})::varchar as last_at from ${relation}`,
    parameters: [],
  });
  if (!row || row.first === null || row.last === null) return undefined;
  return {
    first: Number(row.first),
    last: Number(row.last),
    firstAt: String(row.first_at),
    lastAt: String(row.last_at),
  };
}

/**
 * Lays a calendar out for the years the given sources' timestamps cover (each source
 * loaded as `src_<id>`), from the January before the first to the January two years
 * after the last, within 1970–2100; reports KPI0800 for a source reaching beyond that.
 * Only ever widens what the session has (see registerCalendar).
 *
 * @example
 * await layOutCalendarFor(session, project, project.calendars.get('se-office')!, ['tickets', 'ticket_events']);
 */
export async function layOutCalendarFor(
  session: EngineSession,
  project: ProjectModel,
  calendar: CalendarModel,
  sourceIds: readonly string[],
): Promise<SnapshotIssue[]> {
  const issues: SnapshotIssue[] = [];
  let years: { first: number; last: number } | undefined;
  for (const sourceId of sourceIds) {
    const source = project.sources.get(sourceId);
    const span = source && (await timeSpan(session, source));
    if (!span) continue;
    const first = Math.max(span.first - 1, FIRST_YEAR);
    const last = Math.min(span.last + 1, LAST_YEAR);
    years = years
      ? { first: Math.min(years.first, first), last: Math.max(years.last, last) }
      : { first, last };
    if (span.first - 1 < FIRST_YEAR || span.last + 1 > LAST_YEAR) {
      const issue = createIssue('KPI0800', {
        source: sourceId,
        calendar: calendar.id,
        first: span.firstAt,
        last: span.lastAt,
        from: `${first}-01-01`,
        to: `${last + 1}-01-01`,
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
  if (years)
    await registerCalendar(session, calendar, {
      from: `${years.first}-01-01`,
      to: `${years.last + 1}-01-01`,
    });
  return issues;
}
