import type { CalendarModel } from '@nyckeltal/spec';
import type { Window } from './periods.js';

/** Read-only access to the raw demo tables, in a DuckDB instance of the test's own. */
export interface RawDb {
  /** Rows as plain JSON values: BIGINTs and HUGEINTs arrive as strings, so read them with Number(). */
  query(sql: string): Promise<Record<string, unknown>[]>;
}

/** What a check needs: the raw tables and the se-office calendar for business time. */
export interface CheckContext {
  readonly db: RawDb;
  readonly officeCalendar: CalendarModel;
}

/** A KPI's number for one period (or one breakdown group), worked out independently. */
export interface Expected {
  readonly value: number | null;
  readonly sample: number;
  readonly numerator?: number;
  readonly denominator?: number;
}

/** Additive totals of a period (counts and sums): a quarter's are its months' added up. */
export type Parts = Readonly<Record<string, number>>;

/**
 * A ratio KPI: plain SQL sums additive parts per period (and per breakdown group), and
 * `combine` turns them into the value the description defines. A quarter's expected value
 * is `combine` of its months' parts added together — never an average of monthly values.
 */
export interface RatioCheck {
  readonly kind: 'ratio';
  readonly id: string;
  /** Parts per group of `by` (one group with key '' when `by` is absent). */
  parts(ctx: CheckContext, w: Window, by?: string): Promise<ReadonlyMap<string, Parts>>;
  combine(parts: Parts): Expected;
}

/** One row of a row-level KPI: the per-row quantity and the fields it can be broken down by. */
export interface RowValue {
  readonly x: number;
  readonly dims: Readonly<Record<string, string>>;
}

/** A KPI that is a mean or a median of a per-row quantity, computed row by row. */
export interface RowCheck {
  readonly kind: 'rows';
  readonly id: string;
  readonly aggregate: 'avg' | 'median';
  rows(ctx: CheckContext, w: Window): Promise<readonly RowValue[]>;
}

export type KpiCheck = RatioCheck | RowCheck;

/** The plain number in a JSON cell (DuckDB's BIGINT/HUGEINT/DECIMAL come as strings). */
export function num(cell: unknown): number {
  if (cell === null || cell === undefined) throw new Error('expected a number, got null');
  return Number(cell);
}

/**
 * Groups the rows of a parts query (a `key` column and one column per part) into a map.
 *
 * @example
 * partsByKey([{ key: 'phone', solved: '3', rows: '10' }]); // Map { 'phone' => { solved: 3, rows: 10 } }
 */
export function partsByKey(rows: readonly Record<string, unknown>[]): Map<string, Parts> {
  const out = new Map<string, Parts>();
  for (const { key, ...rest } of rows) {
    const parts: Record<string, number> = {};
    for (const [name, cell] of Object.entries(rest)) parts[name] = cell === null ? 0 : num(cell);
    out.set(key === null ? '' : String(key), parts);
  }
  return out;
}

/** `select <by> as key` or a constant key when there is no breakdown. */
export function keyColumn(by?: string): string {
  return by === undefined ? "'' as key" : `${by} as key`;
}

/**
 * Adds parts field by field (a quarter from its months).
 *
 * @example
 * addParts([{ n: 1, d: 4 }, { n: 2, d: 5 }]); // { n: 3, d: 9 }
 */
export function addParts(list: readonly Parts[]): Parts {
  const sum: Record<string, number> = {};
  for (const parts of list) for (const [k, v] of Object.entries(parts)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

/**
 * The mean, or the median interpolated between the two middle values (DuckDB's
 * quantile_cont, as the measure language defines `median`); null for no rows.
 *
 * @example
 * aggregateOf('median', [1, 2, 3, 10]); // 2.5
 */
export function aggregateOf(aggregate: 'avg' | 'median', xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  if (aggregate === 'avg') return xs.reduce((a, b) => a + b, 0) / xs.length;
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) / 2;
  const lo = sorted[Math.floor(at)] as number;
  const hi = sorted[Math.ceil(at)] as number;
  return lo + (hi - lo) * (at - Math.floor(at));
}

/** Expected values of a row check, per group of `by` or overall (key ''). */
export function rowsExpected(check: RowCheck, rows: readonly RowValue[], by?: string): Map<string, Expected> {
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const key = by === undefined ? '' : (row.dims[by] ?? '');
    const xs = groups.get(key) ?? [];
    xs.push(row.x);
    groups.set(key, xs);
  }
  const out = new Map<string, Expected>();
  for (const [key, xs] of groups)
    out.set(key, { value: aggregateOf(check.aggregate, xs), sample: xs.length });
  return out;
}

/**
 * A check's expected numbers for a window, per group of `by` or overall (key '').
 *
 * @example
 * (await expectedFor(ctx, fcrCheck, OCTOBER_2026)).get(''); // { value: 49.26…, sample: 203, … }
 */
export async function expectedFor(
  ctx: CheckContext,
  check: KpiCheck,
  w: Window,
  by?: string,
): Promise<Map<string, Expected>> {
  if (check.kind === 'rows') return rowsExpected(check, await check.rows(ctx, w), by);
  const out = new Map<string, Expected>();
  for (const [key, parts] of await check.parts(ctx, w, by)) out.set(key, check.combine(parts));
  return out;
}
