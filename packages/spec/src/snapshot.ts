import type { Category, Direction, Grain, Level, LocalizedText, Thresholds } from './model.js';

/**
 * The snapshot contract (DESIGN.md §3, normative): one JSON document per scorecard,
 * written by the engine and drawn by the widgets. Widgets never compute KPI values.
 * Fields may be added; none may be renamed or removed within `nyckeltal.snapshot/v1`.
 *
 * @example
 * const res = await fetch('/snapshots/service-desk.json');
 * const snapshot = (await res.json()) as Snapshot;
 * snapshot.kpis.find((k) => k.id === 'itsm.mttr')?.status; // 'amber'
 */
export interface Snapshot {
  readonly schema: typeof SNAPSHOT_SCHEMA;
  readonly scorecard: {
    readonly id: string;
    readonly title: LocalizedText;
    readonly audience?: string;
  };
  readonly grain: Grain;
  readonly period: PeriodInfo;
  /** ISO 8601 instant the snapshot was computed. */
  readonly built_at: string;
  /** The latest timestamp seen in the data, ISO 8601 with offset; null without data. */
  readonly data_through: string | null;
  readonly kpis: readonly SnapshotKpi[];
  readonly issues: readonly SnapshotIssue[];
}

export const SNAPSHOT_SCHEMA = 'nyckeltal.snapshot/v1' as const;

export type Status = 'green' | 'amber' | 'red' | 'insufficient' | 'no-target';

/** A period: key like '2026-10', '2026-W43', '2026-Q4'; start inclusive, end exclusive (local dates). */
export interface PeriodInfo {
  readonly key: string;
  readonly start: string;
  readonly end: string;
}

export interface SnapshotKpi {
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly description?: string;
  readonly category: Category;
  readonly level: Level;
  readonly unit: string;
  readonly direction: Direction;
  readonly owner: { readonly name: string; readonly team?: string; readonly email?: string };
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly sample: number;
  readonly status: Status;
  readonly target: number | null;
  readonly thresholds: Thresholds | null;
  readonly previous: { readonly period: string; readonly value: number | null } | null;
  /** The same period a year earlier (for scorecards with `compare: year_ago`, and always when available). */
  readonly year_ago?: { readonly period: string; readonly value: number | null } | null;
  readonly delta: number | null;
  readonly improved: boolean | null;
  readonly series: readonly SeriesPoint[];
  readonly breakdowns: Readonly<Record<string, readonly BreakdownRow[]>>;
  readonly supports: readonly string[];
}

export interface SeriesPoint {
  readonly period: string;
  readonly start?: string;
  readonly value: number | null;
  readonly sample: number;
  readonly target: number | null;
  readonly status: Status;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
}

export interface BreakdownRow {
  readonly key: string | null;
  readonly value: number | null;
  readonly sample: number;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
}

/** A data-quality warning: rows that failed a cast, negative durations, … */
export interface SnapshotIssue {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly source?: string;
  readonly kpi?: string;
  readonly count: number;
  readonly examples: readonly Readonly<Record<string, unknown>>[];
  /** How to fix it, from the issue catalog. */
  readonly hint?: string;
  /** The definition the problem traces to (a source that cannot be read), project-relative. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** The catalog placeholders' values, so the issue can be worded in another language (localizeIssue). */
  readonly params?: Readonly<Record<string, string | number>>;
}
