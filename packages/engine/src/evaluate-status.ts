import type { Direction, Status, Target, Thresholds } from '@nyckeltal/spec';
import type { Period } from './period.js';

/**
 * The target in force for a period: the target whose range (`from` … `until`, both
 * inclusive, open ends when absent) contains the period's first day. A period is
 * judged by the target that applied when it began, so a target that changes
 * mid-month applies from the next month. When several ranges contain that day, the
 * one that started latest wins (a newer target overrides an open-ended older one);
 * on a tie, the one listed last.
 *
 * @example
 * targetInForce([{ value: 8, from: '2026-01-01', until: '2026-12-31' }], periodOf('2026-10-25', 'month')); // 8
 */
export function targetInForce(targets: readonly Target[], period: Pick<Period, 'start'>): number | null {
  let best: Target | undefined;
  for (const target of targets) {
    if (target.from !== undefined && target.from > period.start) continue;
    if (target.until !== undefined && target.until < period.start) continue;
    if (!best || (target.from ?? '') >= (best.from ?? '')) best = target;
  }
  return best ? best.value : null;
}

export interface StatusInput {
  readonly value: number | null;
  readonly sample: number;
  readonly minSample: number;
  readonly direction: Direction;
  readonly target: number | null;
  readonly thresholds: Thresholds | null | undefined;
}

/**
 * A period's status. In order:
 * 1. `insufficient` when the sample is below `minSample`, or there is no value to judge
 *    (never a false red on thin data);
 * 2. thresholds, read with the direction: for `lower`, value ≤ green → green,
 *    ≤ amber → amber, else red; for `higher`, value ≥ green → green, ≥ amber → amber;
 * 3. without thresholds but with a target: green when the target is met
 *    (≤ target for `lower`, ≥ target for `higher`), else red;
 * 4. `no-target` when neither applies.
 *
 * @example
 * statusOf({ value: 9.4, sample: 812, minSample: 30, direction: 'lower', target: 8,
 *   thresholds: { green: 8, amber: 12 } }); // 'amber'
 */
export function statusOf(input: StatusInput): Status {
  const { value, sample, minSample, direction, target, thresholds } = input;
  if (value === null || sample < minSample) return 'insufficient';
  const better = (a: number, limit: number) => (direction === 'lower' ? a <= limit : a >= limit);
  if (thresholds) {
    if (better(value, thresholds.green)) return 'green';
    if (better(value, thresholds.amber)) return 'amber';
    return 'red';
  }
  if (target !== null) return better(value, target) ? 'green' : 'red';
  return 'no-target';
}

export interface Comparison {
  readonly delta: number | null;
  readonly improved: boolean | null;
}

/**
 * The change against an earlier value: `delta` = current − earlier, rounded to 12
 * significant digits so that 9.4 − 10.1 reads −0.7, not −0.6999999999999993.
 * `improved` says whether the change went the good way for the direction; it is null
 * when either value is missing or nothing changed (no change is neither better nor worse).
 *
 * @example
 * compareValues(9.4, 10.1, 'lower'); // { delta: -0.7, improved: true }
 */
export function compareValues(
  current: number | null,
  earlier: number | null,
  direction: Direction,
): Comparison {
  if (current === null || earlier === null) return { delta: null, improved: null };
  const delta = roundSignificant(current - earlier);
  if (delta === 0) return { delta: 0, improved: null };
  return { delta, improved: direction === 'lower' ? delta < 0 : delta > 0 };
}

/** Rounds away binary floating-point noise; keeps 12 significant digits. */
export function roundSignificant(value: number, digits = 12): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}
