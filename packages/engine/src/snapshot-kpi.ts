import type { KpiModel, SeriesPoint, SnapshotIssue, SnapshotKpi } from '@nyckeltal/spec';
import { createIssue } from '@nyckeltal/spec';
import type { KpiResults, PeriodNumbers } from './collect-results.js';
import { compareValues, statusOf, targetInForce } from './evaluate-status.js';
import { type Period, shiftPeriod, yearAgoPeriod } from './period.js';
import { snapshotIssue } from './snapshot-issue.js';

export interface KpiWindow {
  readonly current: Period;
  /** The series periods, oldest first, ending with `current`. */
  readonly series: readonly Period[];
  /** What `delta` and `improved` compare against. */
  readonly compare: 'previous' | 'year_ago';
}

const EMPTY: PeriodNumbers = { value: null, sample: 0, numerator: null, denominator: null, negative: 0 };

/**
 * One KPI of a snapshot from its query results: value and status for the current
 * period, the series (a period without rows has value null and sample 0), the previous
 * period and the same period a year ago, the delta against the scorecard's `compare`
 * choice, and breakdowns. Rows with negative durations in the series are reported as
 * an issue (KPI0502) at the KPI's definition, counted exactly; its examples are
 * `negativeRows` (the offending rows, which the engine looks up with one small query,
 * see negativeDurationExamples), or without them the periods the rows fell in. Pure.
 *
 * @example
 * const { kpi } = snapshotKpi(mttr, results, { current, series: periodSeries(current, 13), compare: 'previous' });
 * kpi.status; // 'amber'
 */
export function snapshotKpi(
  kpi: KpiModel,
  results: KpiResults | undefined,
  window: KpiWindow,
  negativeRows?: readonly Readonly<Record<string, unknown>>[],
): { readonly kpi: SnapshotKpi; readonly issues: readonly SnapshotIssue[] } {
  const numbersOf = (p: Period) => results?.byPeriod.get(p.start) ?? EMPTY;
  const judge = (p: Period, n: PeriodNumbers) => {
    const target = targetInForce(kpi.targets, p);
    const status = statusOf({
      value: n.value,
      sample: n.sample,
      minSample: kpi.minSample,
      direction: kpi.direction,
      target,
      thresholds: kpi.thresholds,
    });
    return { target, status };
  };
  const ratio = results?.ratio ?? false;
  const series = window.series.map((p): SeriesPoint => {
    const n = numbersOf(p);
    const point: SeriesPoint = {
      period: p.key,
      start: p.start,
      value: n.value,
      sample: n.sample,
      ...judge(p, n),
    };
    return ratio ? { ...point, numerator: n.numerator, denominator: n.denominator } : point;
  });
  const now = numbersOf(window.current);
  const previousPeriod = shiftPeriod(window.current, -1);
  const yearAgo = yearAgoPeriod(window.current);
  const previous = { period: previousPeriod.key, value: numbersOf(previousPeriod).value };
  const year_ago = { period: yearAgo.key, value: numbersOf(yearAgo).value };
  const against = window.compare === 'year_ago' ? year_ago : previous;
  const snapshot: SnapshotKpi = {
    id: kpi.id,
    version: kpi.version,
    title: kpi.title,
    description: kpi.description,
    category: kpi.category,
    level: kpi.level,
    unit: kpi.unit,
    direction: kpi.direction,
    owner: kpi.owner,
    value: now.value,
    numerator: ratio ? now.numerator : null,
    denominator: ratio ? now.denominator : null,
    sample: now.sample,
    ...judge(window.current, now),
    thresholds: kpi.thresholds ?? null,
    previous,
    year_ago,
    ...compareValues(now.value, against.value, kpi.direction),
    series,
    breakdowns: Object.fromEntries(
      kpi.breakdowns.map((field) => [field, results?.breakdowns.get(field) ?? []]),
    ),
    supports: kpi.supports,
  };
  return { kpi: snapshot, issues: negativeIssues(kpi, window.series, numbersOf, negativeRows) };
}

/**
 * How many of a KPI's rows in the window's periods have a negative duration (the
 * compiler's `<kpi>:negative` column, summed): what KPI0502 reports. Pure.
 *
 * @example
 * negativeDurationCount(results.get('itsm.mttr'), window); // 1
 */
export function negativeDurationCount(results: KpiResults | undefined, window: KpiWindow): number {
  return window.series.reduce((sum, p) => sum + (results?.byPeriod.get(p.start)?.negative ?? 0), 0);
}

function negativeIssues(
  kpi: KpiModel,
  periods: readonly Period[],
  numbersOf: (p: Period) => PeriodNumbers,
  negativeRows: readonly Readonly<Record<string, unknown>>[] | undefined,
): SnapshotIssue[] {
  const hits = periods
    .map((p) => ({ period: p.key, count: numbersOf(p).negative }))
    .filter((h) => h.count > 0);
  const count = hits.reduce((sum, h) => sum + h.count, 0);
  if (count === 0) return [];
  const examples = negativeRows ?? hits.reverse().slice(0, 5);
  const issue = createIssue('KPI0502', { kpi: kpi.id, count });
  return [snapshotIssue(issue, { source: kpi.source, kpi: kpi.id, count, examples, origin: kpi.origin })];
}
