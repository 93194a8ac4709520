import type { SourceQuery } from '@nyckeltal/compiler';
import type { BreakdownRow } from '@nyckeltal/spec';
import type { Row } from './engine-session.js';
import { roundSignificant } from './evaluate-status.js';

/** One KPI's numbers in one period. */
export interface PeriodNumbers {
  readonly value: number | null;
  readonly sample: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Rows left out because their duration was negative. */
  readonly negative: number;
}

/** Everything one source query said about one KPI. */
export interface KpiResults {
  readonly kind: 'kpi-results';
  readonly kpi: string;
  /** True for ratio measures (the query gives numerator and denominator). */
  readonly ratio: boolean;
  /** Keyed by the period's start date (YYYY-MM-DD); periods without rows are absent. */
  readonly byPeriod: ReadonlyMap<string, PeriodNumbers>;
  /** Per breakdown field, one row per key, sorted by key (missing key last). */
  readonly breakdowns: ReadonlyMap<string, readonly BreakdownRow[]>;
}

/**
 * Sorts a source query's result rows into per-KPI results: series rows by period,
 * breakdown rows (of `breakdownPeriod`, a period start date) by field and key. Pure.
 *
 * @example
 * collectResults(query, [{ grouping: 'resolved_at', period: '2026-10-01', breakdown_field: null,
 *   breakdown_key: null, k0_value: 9.4, k0_sample: 812 }]).get('itsm.mttr')?.byPeriod.get('2026-10-01');
 * // { value: 9.4, sample: 812, numerator: null, denominator: null, negative: 0 }
 */
export function collectResults(
  query: SourceQuery,
  rows: readonly Row[],
  breakdownPeriod?: string,
): ReadonlyMap<string, KpiResults> {
  const results = new Map<string, KpiResults>();
  for (const output of query.kpis) {
    const byPeriod = new Map<string, PeriodNumbers>();
    for (const row of rows) {
      if (row.grouping !== output.grouping || typeof row.period !== 'string') continue;
      const numbers = {
        value: num(row[output.value]),
        sample: num(row[output.sample]) ?? 0,
        numerator: output.numerator ? num(row[output.numerator]) : null,
        denominator: output.denominator ? num(row[output.denominator]) : null,
        negative: output.negative ? (num(row[output.negative]) ?? 0) : 0,
      };
      if (numbers.sample > 0 || numbers.negative > 0 || numbers.value !== null)
        byPeriod.set(row.period, numbers);
    }
    const breakdowns = new Map<string, BreakdownRow[]>();
    for (const b of query.breakdowns.filter((b) => b.kpi === output.kpi)) {
      const list = rows
        .filter((row) => row.grouping === b.grouping && row.breakdown_field === b.field)
        // Breakdowns are for one period; rows of any other period (if the query gave them) are not.
        .filter(
          (row) =>
            breakdownPeriod === undefined || typeof row.period !== 'string' || row.period === breakdownPeriod,
        )
        .map((row): BreakdownRow => {
          const entry: BreakdownRow = {
            key: typeof row.breakdown_key === 'string' ? row.breakdown_key : null,
            value: num(row[output.value]),
            sample: num(row[output.sample]) ?? 0,
          };
          if (!output.numerator || !output.denominator) return entry;
          return {
            ...entry,
            numerator: num(row[output.numerator]),
            denominator: num(row[output.denominator]),
          };
        })
        .filter((r) => r.sample > 0)
        .sort(byKey);
      breakdowns.set(b.field, list);
    }
    results.set(output.kpi, {
      kind: 'kpi-results',
      kpi: output.kpi,
      ratio: Boolean(output.numerator && output.denominator),
      byPeriod,
      breakdowns,
    });
  }
  return results;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? roundSignificant(value) : null;
}

function byKey(a: BreakdownRow, b: BreakdownRow): number {
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
}
