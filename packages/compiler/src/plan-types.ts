import type { Grain } from '@nyckeltal/spec';
import type { UnsupportedConstruct } from './measure/expr-context.js';

/** SQL text with `$1, $2…` placeholders and the values to bind to them, in order. */
export interface CompiledQuery {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/**
 * Where one KPI's numbers are in a {@link SourceQuery}'s result rows: column names, and
 * the `grouping` tag of the rows that hold its series (one row per period).
 */
export interface KpiOutput {
  readonly kpi: string;
  /** DOUBLE: the measure; null when nothing to aggregate (count gives 0). */
  readonly value: string;
  /** BIGINT: rows the KPI's `where` keeps in the group. */
  readonly sample: string;
  /** DOUBLE, ratio measures only. */
  readonly numerator?: string;
  readonly denominator?: string;
  /** BIGINT, duration measures only: the KPI's rows with an end before its start (excluded from the value). */
  readonly negative?: string;
  /** The timestamp field that puts the KPI's rows in periods. */
  readonly timeField: string;
  /** The `grouping` value of the KPI's series rows. */
  readonly grouping: string;
}

/** A breakdown the query computes: rows with `grouping` = this grouping hold `kpi` per key of `field`. */
export interface BreakdownOutput {
  readonly kpi: string;
  readonly field: string;
  readonly grouping: string;
}

/**
 * One scan of one source at one grain, computing every requested KPI on that source.
 * Result rows (see README, "Result rows"): `grouping`, `period`, `breakdown_field`,
 * `breakdown_key`, then the KPI columns named in `kpis`.
 */
export interface SourceQuery {
  readonly kind: 'source-query';
  readonly source: string;
  readonly grain: Grain;
  readonly query: CompiledQuery;
  readonly kpis: readonly KpiOutput[];
  readonly breakdowns: readonly BreakdownOutput[];
}

/** Everything needed to compute a set of KPIs at a grain: one query per source. */
export interface ScorecardPlan {
  readonly kind: 'scorecard-plan';
  readonly grain: Grain;
  readonly queries: readonly SourceQuery[];
  /** KPIs that could not be compiled (left out of `queries`), for the caller to report. */
  readonly unsupported: readonly UnsupportedConstruct[];
}

/** What to plan: KPI ids, the grain, and optionally the period whose breakdowns are wanted. */
export interface PlanRequest {
  readonly kpis: readonly string[];
  readonly grain: Grain;
  /** ISO local date of the start of the period to break down, e.g. '2026-10-01'; omit for no breakdown rows. */
  readonly breakdownPeriod?: string;
}
