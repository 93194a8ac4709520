import {
  duckDbBusinessTime,
  type PlanOptions,
  planKpis,
  type SourceQuery,
  sourceRelationName,
} from '@nyckeltal/compiler';
import {
  createIssue,
  type Grain,
  type KpiModel,
  type LocalizedText,
  type ProjectModel,
  SNAPSHOT_SCHEMA,
  type Snapshot,
  type SnapshotIssue,
  type SnapshotKpi,
} from '@nyckeltal/spec';
import { prepareBusinessTime } from './calendar/prepare-business-time.js';
import { prepareSlaSources } from './calendar/prepare-sla-sources.js';
import { collectResults, type KpiResults } from './collect-results.js';
import type { EngineSession } from './engine-session.js';
import { type LoadedSource, loadSource } from './load-source.js';
import { negativeDurationExamples } from './negative-duration-examples.js';
import { type Period, parsePeriodKey, periodOf, periodSeries } from './period.js';
import { snapshotIssue } from './snapshot-issue.js';
import { negativeDurationCount, snapshotKpi } from './snapshot-kpi.js';
import { localDate, zonedIso } from './zoned-instant.js';

export interface RunOptions {
  /** Default: the scorecard's grain (month for ad-hoc runs). */
  readonly grain?: Grain;
  /** The current period's key; default: the latest period that has data for any of the KPIs. */
  readonly period?: string;
  /** Periods in the series; default: the scorecard's history (13 for ad-hoc runs). */
  readonly history?: number;
  /** The clock for `built_at` (and the current period when there is no data at all). */
  readonly now?: () => Date;
  /** Passed to the compiler; default: DuckDB business time over the calendars the engine loads. */
  readonly plan?: PlanOptions;
  /** Called as each source query finishes, for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
}

interface SnapshotRequest {
  readonly scorecard: Snapshot['scorecard'];
  readonly kpis: readonly KpiModel[];
  readonly grain: Grain;
  readonly history: number;
  readonly compare: 'previous' | 'year_ago';
}

/**
 * Computes a scorecard's snapshot (DESIGN.md §3): loads its sources into the session,
 * runs one fused query per source, evaluates targets and thresholds, and gathers data
 * issues. The scorecard id must exist (check first; an unknown id is a caller's bug).
 *
 * @example
 * const snapshot = await runScorecard(session, project, 'service-desk', { now: () => new Date() });
 * snapshot.kpis[0].status; // 'amber'
 */
export async function runScorecard(
  session: EngineSession,
  project: ProjectModel,
  scorecardId: string,
  options: RunOptions = {},
): Promise<Snapshot> {
  const card = project.scorecards.get(scorecardId);
  if (!card) throw new Error(`Bug: runScorecard got unknown scorecard "${scorecardId}"`);
  const scorecard = card.audience
    ? { id: card.id, title: card.title, audience: card.audience }
    : { id: card.id, title: card.title };
  return runSnapshot(session, project, options, {
    scorecard,
    kpis: kpiModels(project, card.kpis),
    grain: options.grain ?? card.grain,
    history: options.history ?? card.history,
    compare: card.compare,
  });
}

/**
 * Computes a snapshot for a list of KPIs outside any scorecard (`kpi run <kpi>…`).
 *
 * @example
 * const snapshot = await runKpis(session, project, ['itsm.mttr'], { grain: 'week', history: 8 });
 */
export async function runKpis(
  session: EngineSession,
  project: ProjectModel,
  kpiIds: readonly string[],
  options: RunOptions & { readonly title?: LocalizedText; readonly compare?: 'previous' | 'year_ago' } = {},
): Promise<Snapshot> {
  return runSnapshot(session, project, options, {
    scorecard: { id: 'ad-hoc', title: options.title ?? { en: 'Ad hoc', sv: 'Urval' } },
    kpis: kpiModels(project, kpiIds),
    grain: options.grain ?? 'month',
    history: options.history ?? 13,
    compare: options.compare ?? 'previous',
  });
}

function kpiModels(project: ProjectModel, ids: readonly string[]): KpiModel[] {
  return ids.map((id) => {
    const kpi = project.kpis.get(id);
    if (!kpi) throw new Error(`Bug: unknown KPI "${id}"; check ids before running`);
    return kpi;
  });
}

async function runSnapshot(
  session: EngineSession,
  project: ProjectModel,
  options: RunOptions,
  request: SnapshotRequest,
): Promise<Snapshot> {
  const now = options.now ?? (() => new Date());
  const issues: SnapshotIssue[] = [];
  // SLA policies are derived sources: their sla_<id> tables must exist before sources load.
  issues.push(...(await prepareSlaSources(session, project, request.kpis)));
  const loads = await loadSources(session, project, request.kpis);
  for (const load of loads.values()) issues.push(...load.issues);
  const runnable = request.kpis.filter((k) => loads.get(k.source)?.ok);

  let requested: Period | undefined;
  if (options.period !== undefined) {
    requested = parsePeriodKey(options.period, request.grain);
    if (!requested) issues.push(periodIssue(options.period, request.grain));
  }
  // Breakdowns are for the current period, which (unless asked for) is the latest with data.
  // Guess it from the latest timestamps seen while loading; check the guess after the run.
  const guess = requested ?? latestPeriod(project, runnable, loads, request.grain);
  const run = (breakdownPeriod: string | undefined) =>
    runQueries(session, project, runnable, request.grain, breakdownPeriod, options);
  let outcome = await run(guess?.start);
  const withData = requested ?? latestPeriodWithData(outcome.results, request.grain);
  if (
    !requested &&
    withData &&
    withData.start !== guess?.start &&
    runnable.some((k) => k.breakdowns.length > 0)
  ) {
    outcome = await run(withData.start);
  }
  issues.push(...outcome.issues);

  const current =
    withData ?? periodOf(localDate(now().toISOString(), firstZone(project, request.kpis)), request.grain);
  const window = { current, series: periodSeries(current, request.history), compare: request.compare };
  const planOptions = planOptionsOf(options);
  const kpis: SnapshotKpi[] = [];
  for (const kpi of request.kpis) {
    const results = outcome.results.get(kpi.id);
    // The offending rows as examples: one small query, only for a KPI that has some.
    const negativeRows =
      negativeDurationCount(results, window) > 0
        ? await negativeDurationExamples(session, project, kpi, request.grain, window, planOptions)
        : undefined;
    const evaluated = snapshotKpi(kpi, results, window, negativeRows);
    kpis.push(evaluated.kpi);
    issues.push(...evaluated.issues);
  }
  return {
    schema: SNAPSHOT_SCHEMA,
    scorecard: request.scorecard,
    grain: request.grain,
    period: { key: current.key, start: current.start, end: current.end },
    built_at: now().toISOString(),
    data_through: dataThrough(project, runnable, loads),
    kpis,
    issues,
  };
}

async function loadSources(
  session: EngineSession,
  project: ProjectModel,
  kpis: readonly KpiModel[],
): Promise<ReadonlyMap<string, LoadedSource>> {
  const loads = new Map<string, LoadedSource>();
  for (const id of new Set(kpis.map((k) => k.source))) {
    const source = project.sources.get(id);
    if (!source) throw new Error(`Bug: KPI reads unknown source "${id}"`);
    loads.set(id, await loadSource(session, project, source, sourceRelationName(id)));
  }
  return loads;
}

interface QueryOutcome {
  readonly results: ReadonlyMap<string, KpiResults>;
  readonly issues: readonly SnapshotIssue[];
}

async function runQueries(
  session: EngineSession,
  project: ProjectModel,
  kpis: readonly KpiModel[],
  grain: Grain,
  breakdownPeriod: string | undefined,
  options: RunOptions,
): Promise<QueryOutcome> {
  const results = new Map<string, KpiResults>();
  const issues: SnapshotIssue[] = [];
  if (kpis.length === 0) return { results, issues };
  const request =
    breakdownPeriod === undefined
      ? { kpis: kpis.map((k) => k.id), grain }
      : { kpis: kpis.map((k) => k.id), grain, breakdownPeriod };
  // Business time: lay out the calendars the KPIs use for the data's years (cal_<id> tables).
  issues.push(...(await prepareBusinessTime(session, project, kpis)));
  const plan = planKpis(project, request, planOptionsOf(options));
  for (const u of plan.unsupported) {
    const issue = createIssue('KPI0509', {
      kpi: u.kpi,
      fn: u.fn,
      reason: u.reason,
      calendar: u.calendar ?? '',
    });
    issues.push(snapshotIssue(issue, { kpi: u.kpi, origin: project.kpis.get(u.kpi)?.origin }));
  }
  for (const [i, query] of plan.queries.entries()) {
    try {
      const rows = await session.query(query.query);
      for (const [id, r] of collectResults(query, rows, breakdownPeriod)) results.set(id, r);
    } catch (error) {
      issues.push(queryIssue(project, query, error));
    }
    options.onProgress?.(i + 1, plan.queries.length);
  }
  return { results, issues };
}

function planOptionsOf(options: RunOptions): PlanOptions {
  return { businessTime: duckDbBusinessTime, ...options.plan };
}

/**
 * A fused query that failed. It computes every KPI of the run on one source, so the issue
 * points at the KPI's definition when there is one KPI, else at the source's.
 */
function queryIssue(project: ProjectModel, query: SourceQuery, error: unknown): SnapshotIssue {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const issue = createIssue('KPI0508', { source: query.source, reason });
  const only = query.kpis.length === 1 ? project.kpis.get(query.kpis[0]!.kpi) : undefined;
  const origin = only?.origin ?? project.sources.get(query.source)?.origin;
  return snapshotIssue(issue, { source: query.source, ...(only && { kpi: only.id }), origin });
}

function periodIssue(key: string, grain: Grain): SnapshotIssue {
  const example = periodOf('2026-10-25', grain).key;
  return snapshotIssue(createIssue('KPI0507', { period: key, grain, example }));
}

/** The period holding the latest time-field value seen in the KPIs' sources. */
function latestPeriod(
  project: ProjectModel,
  kpis: readonly KpiModel[],
  loads: ReadonlyMap<string, LoadedSource>,
  grain: Grain,
): Period | undefined {
  let best: Period | undefined;
  for (const kpi of kpis) {
    const latest = loads.get(kpi.source)?.latest[kpi.time];
    const zone = project.sources.get(kpi.source)?.timeZone;
    if (!latest || !zone) continue;
    const period = periodOf(localDate(latest, zone), grain);
    if (!best || period.start > best.start) best = period;
  }
  return best;
}

function latestPeriodWithData(results: ReadonlyMap<string, KpiResults>, grain: Grain): Period | undefined {
  let latest: string | undefined;
  for (const r of results.values()) {
    for (const [start, n] of r.byPeriod) if (n.sample > 0 && (!latest || start > latest)) latest = start;
  }
  return latest ? periodOf(latest, grain) : undefined;
}

function dataThrough(
  project: ProjectModel,
  kpis: readonly KpiModel[],
  loads: ReadonlyMap<string, LoadedSource>,
): string | null {
  let best: { iso: string; zone: string } | undefined;
  for (const kpi of kpis) {
    const iso = loads.get(kpi.source)?.latest[kpi.time];
    const zone = project.sources.get(kpi.source)?.timeZone;
    if (iso && zone && (!best || iso > best.iso)) best = { iso, zone };
  }
  return best ? zonedIso(best.iso, best.zone) : null;
}

function firstZone(project: ProjectModel, kpis: readonly KpiModel[]): string {
  const first = kpis[0];
  return (first && project.sources.get(first.source)?.timeZone) ?? 'UTC';
}
