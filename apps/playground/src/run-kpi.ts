import { duckDbBusinessTime, planKpis } from '@nyckeltal/compiler';
import { type Grain, type ProjectModel, SNAPSHOT_SCHEMA, type Snapshot } from '@nyckeltal/spec';
import type { Row, SqlRunner } from './browser-duckdb.js';
import { calendarsBySource, collectResults, periodOf, periodSeries, snapshotKpi } from './engine-pure.js';
import { layOutCalendar, type YearSpan } from './lay-out-calendar.js';
import { prepareSlaSource } from './prepare-sla-source.js';

export type { YearSpan } from './lay-out-calendar.js';

/** One period's numbers of the edited KPI, as the values table shows them. */
export interface PeriodValue {
  readonly period: string;
  readonly value: number | null;
  readonly sample: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/** What running one KPI in the browser gave. */
export interface KpiRun {
  readonly sql: string;
  readonly parameters: readonly unknown[];
  readonly values: readonly PeriodValue[];
  /** A one-KPI snapshot for the widgets (kpi-trend), evaluated by the engine's own pure stages. */
  readonly snapshot: Snapshot;
  readonly milliseconds: number;
}

/**
 * Plans, compiles and runs one KPI exactly as the engine would (the same fused planner,
 * DuckDB business time over `cal_<id>` tables laid out by spec and compiler), against
 * sources already loaded as `src_<id>` (a KPI on an SLA policy gets the policy's clocks
 * table and view first, see prepareSlaSource); then evaluates the series with the engine's pure
 * stages into a one-KPI snapshot. Throws only for SQL errors, which the caller shows.
 *
 * @example
 * const run = await runKpi(db, model, 'itsm.mttr', 'month', { first: 2024, last: 2026 });
 * run.values.at(-1); // { period: '2026-10-01', value: 9.89, sample: 54, … }
 */
export async function runKpi(
  db: SqlRunner,
  project: ProjectModel,
  kpiId: string,
  grain: Grain,
  years: YearSpan,
): Promise<KpiRun> {
  const started = performance.now();
  const kpi = project.kpis.get(kpiId);
  if (!kpi) throw new Error(`Bug: runKpi got unknown KPI ${kpiId}`);
  // A KPI on an SLA policy reads its clocks table, made first (as the engine's prepareSlaSources).
  await prepareSlaSource(db, project, kpi, years);
  for (const id of calendarsBySource([kpi]).get(kpi.source) ?? []) {
    const calendar = project.calendars.get(id);
    if (calendar) await layOutCalendar(db, calendar, years);
  }
  const plan = planKpis(project, { kpis: [kpiId], grain }, { businessTime: duckDbBusinessTime });
  const query = plan.queries[0];
  if (!query) {
    const why = plan.unsupported.map((u) => `${u.fn}: ${u.reason}`).join('; ');
    throw new Error(`This KPI cannot be computed here (${why}).`);
  }
  const rows: Row[] = await db.query(query.query.sql, query.query.parameters);
  const results = collectResults(query, rows).get(kpiId);
  const output = query.kpis[0]!;
  const values: PeriodValue[] = rows
    .filter((r) => r.grouping === output.grouping && typeof r.period === 'string')
    .map((r) => ({
      period: r.period as string,
      value: numberOrNull(r[output.value]),
      sample: numberOrNull(r[output.sample]) ?? 0,
      numerator: output.numerator ? numberOrNull(r[output.numerator]) : null,
      denominator: output.denominator ? numberOrNull(r[output.denominator]) : null,
    }));
  const latest = values.filter((v) => v.sample > 0).at(-1)?.period ?? values.at(-1)?.period;
  const current = periodOf(latest ?? `${years.last}-01-01`, grain);
  const evaluated = snapshotKpi(kpi, results, {
    current,
    series: periodSeries(current, 13),
    compare: 'previous',
  });
  const snapshot: Snapshot = {
    schema: SNAPSHOT_SCHEMA,
    scorecard: { id: 'playground', title: { en: 'Playground', sv: 'Lekplats' } },
    grain,
    period: { key: current.key, start: current.start, end: current.end },
    built_at: new Date().toISOString(),
    data_through: null,
    kpis: [evaluated.kpi],
    issues: [...evaluated.issues],
  };
  return {
    sql: query.query.sql,
    parameters: query.query.parameters,
    values,
    snapshot,
    milliseconds: Math.round(performance.now() - started),
  };
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
