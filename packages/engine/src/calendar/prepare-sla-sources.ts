import {
  createQueryBuilder,
  type SlaPolicy,
  slaClocksSql,
  slaPolicyOf,
  sourceRelationName,
} from '@nyckeltal/compiler';
import {
  createIssue,
  type KpiModel,
  type ProjectModel,
  type SlaModel,
  type SnapshotIssue,
  slaRelationName,
} from '@nyckeltal/spec';
import type { EngineSession } from '../engine-session.js';
import { loadSource } from '../load-source.js';
import { sqlIdentifier } from '../sql-literal.js';
import { layOutCalendarFor } from './prepare-business-time.js';

/** An SLA policy made ready in a session: its policy for SQL, or why it could not be. */
export interface PreparedSla {
  /** Set when `sla_<id>` exists: the tickets and events loaded, the calendar laid out. */
  readonly policy?: SlaPolicy;
  readonly issues: readonly SnapshotIssue[];
}

const db = createQueryBuilder();
const prepared = new WeakMap<EngineSession, Map<string, Promise<PreparedSla>>>();

/**
 * Gets a session ready for the KPIs that read an SLA policy as their source: for each
 * such policy, loads its tickets and status-history sources, lays its calendar out for
 * their years, and creates the table `sla_<id>` (every ticket column plus the clocks,
 * see slaClocksSql) that the policy's derived source reads. Call it before loading the
 * KPIs' sources. Reports what stops a policy (its sources' load issues) and tickets
 * whose priority has no target (KPI0804). Once per policy per session.
 *
 * @example
 * const issues = await prepareSlaSources(session, project, kpis);
 * await loadSource(session, project, project.sources.get('incident-sla')!, 'src_incident_sla');
 */
export async function prepareSlaSources(
  session: EngineSession,
  project: ProjectModel,
  kpis: readonly KpiModel[],
): Promise<SnapshotIssue[]> {
  const issues: SnapshotIssue[] = [];
  for (const sourceId of new Set(kpis.map((k) => k.source))) {
    const derived = project.sources.get(sourceId)?.derived;
    if (derived?.kind !== 'sla') continue;
    issues.push(...(await prepareSla(session, project, derived.sla)).issues);
  }
  return issues;
}

/**
 * Makes one SLA policy's `sla_<id>` table (see prepareSlaSources) and returns its SQL
 * policy, for the derived source and for `kpi sla`'s reconciliation.
 *
 * @example
 * const { policy, issues } = await prepareSla(session, project, 'incident-sla');
 * if (policy) await session.query(slaReconciliationSql(policy).compile(createQueryBuilder()));
 */
export function prepareSla(
  session: EngineSession,
  project: ProjectModel,
  slaId: string,
): Promise<PreparedSla> {
  const bySla = prepared.get(session) ?? new Map<string, Promise<PreparedSla>>();
  prepared.set(session, bySla);
  let done = bySla.get(slaId);
  if (!done) {
    const sla = project.slas?.get(slaId);
    if (!sla) throw new Error(`Bug: prepareSla got unknown SLA policy "${slaId}"`);
    done = prepareUncached(session, project, sla);
    bySla.set(slaId, done);
  }
  return done;
}

async function prepareUncached(
  session: EngineSession,
  project: ProjectModel,
  sla: SlaModel,
): Promise<PreparedSla> {
  const issues: SnapshotIssue[] = [];
  const used = [sla.source, ...(sla.pauses ? [sla.pauses.events] : [])];
  let ok = true;
  for (const id of used) {
    const source = project.sources.get(id);
    if (!source) throw new Error(`Bug: SLA policy "${sla.id}" reads unknown source "${id}"`);
    const loaded = await loadSource(session, project, source, sourceRelationName(id));
    issues.push(...loaded.issues);
    ok &&= loaded.ok;
  }
  const calendar = project.calendars.get(sla.calendar);
  const policy = slaPolicyOf(project, sla);
  if (!ok || !calendar || !policy) return { issues };
  issues.push(...(await layOutCalendarFor(session, project, calendar, used)));
  const query = slaClocksSql(policy).compile(db);
  await session.query({
    sql: `create or replace temp table ${sqlIdentifier(slaRelationName(sla.id))} as ${query.sql}`,
    parameters: query.parameters,
  });
  issues.push(...(await uncoveredPriorities(session, sla)));
  return { policy, issues };
}

/** KPI0804 when some tickets have a priority the policy gives no target. */
async function uncoveredPriorities(session: EngineSession, sla: SlaModel): Promise<SnapshotIssue[]> {
  const priority = sqlIdentifier(sla.priority);
  const [row] = await session.query({
    sql: `select count(*) as n, min(${priority}::varchar) as example from ${sqlIdentifier(slaRelationName(sla.id))}
      where response_target is null and resolution_target is null`,
    parameters: [],
  });
  const count = Number(row?.n ?? 0);
  if (count === 0) return [];
  const example = row?.example === null || row?.example === undefined ? '(empty)' : String(row.example);
  const issue = createIssue('KPI0804', { count, source: sla.source, sla: sla.id, example });
  return [
    {
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
      source: sla.id,
      count,
      examples: [],
    },
  ];
}
