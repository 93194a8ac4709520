import type { CalendarExpansion } from './expand-calendar.js';

/**
 * An expanded calendar laid out for constant-time lookup in SQL, without a join: time
 * is cut into equal buckets of `step` µs, so an instant's bucket is one integer
 * division, and `step` is chosen so that no bucket holds the start of two working
 * intervals. Each bucket then needs at most two intervals: A, the last one starting at
 * or before the bucket's start, and B, one starting inside it. With x an instant in
 * µs since 1970 and i = (x − origin) div step (bucket 1 is the first; lists are 1-based
 * as in SQL), business µs since the expansion's start are
 *
 *   cum(x)  = least(x + p[i], q[i]) + greatest(least(x − r[i], l[i]), 0)
 *
 * with p = A's running total − A's start, q = A's running total at its end, r and l
 * B's start and length (l = 0 when the bucket has no B). Business days are
 *
 *   days(x) = adc[i] + least(x − as[i], al[i]) / ad[i] + greatest(least(x − r[i], l[i]), 0) / d[i]
 *
 * with adc A's running day count at its start, as/al/ad A's start, length and its
 * day's working length, d B's day's working length. Outside the covered buckets the
 * index falls out of the lists and SQL gives null.
 */
export interface CalendarLookup {
  readonly calendar: string;
  /** µs: bucket i covers [origin + i·step, origin + (i + 1)·step). */
  readonly origin: number;
  readonly step: number;
  /** Covered instants [from, to) in µs: buckets 1 … p.length. */
  readonly from: number;
  readonly to: number;
  readonly p: readonly number[];
  readonly q: readonly number[];
  readonly r: readonly number[];
  readonly l: readonly number[];
  readonly adc: readonly number[];
  readonly as: readonly number[];
  readonly al: readonly number[];
  readonly ad: readonly number[];
  readonly d: readonly number[];
}

/** Bucket sizes tried, largest first (seconds); a day aligns buckets with UTC midnight. */
const steps = [86400, 43200, 21600, 14400, 10800, 7200, 3600, 1800, 900, 600, 300, 120, 60, 30, 10, 1];
const US = 1_000_000;

function fits(starts: readonly number[], base: number, step: number): boolean {
  let last = Number.NaN;
  for (const s of starts) {
    const bucket = Math.floor((s - base) / step);
    if (bucket === last) return false;
    last = bucket;
  }
  return true;
}

/**
 * Lays an expansion out for lookup (see {@link CalendarLookup}), choosing the largest
 * bucket that never holds two interval starts: a day for one stretch of hours a day,
 * a few hours for a day with a lunch break.
 *
 * @example
 * const lookup = buildCalendarLookup(expandCalendar(seOffice, '2025-01-01', '2028-01-01'));
 * lookup.step / 1e6; // 14400 (4 h buckets: 08:00 and 13:00 starts must not share one)
 */
export function buildCalendarLookup(expansion: CalendarExpansion): CalendarLookup {
  const starts = expansion.intervals.map((i) => i.start);
  const step = steps.find((s) => fits(starts, Math.ceil(expansion.from / s) * s, s)) ?? 1;
  const base = Math.ceil(expansion.from / step) * step;
  const count = Math.floor((expansion.to - base) / step);
  const lists = { p: [] as number[], q: [] as number[], r: [] as number[], l: [] as number[] };
  const days = {
    adc: [] as number[],
    as: [] as number[],
    al: [] as number[],
    ad: [] as number[],
    d: [] as number[],
  };
  const list = expansion.intervals;
  let j = -1; // index of A: the last interval starting at or before the bucket's start; -1 = none yet
  for (let b = 0; b < count; b++) {
    const start = base + b * step;
    while (j + 1 < list.length && list[j + 1]!.start <= start) j++;
    const a = j >= 0 ? list[j]! : undefined;
    const next = list[j + 1];
    const inside = next && next.start < start + step ? next : undefined;
    // Before the first interval, A is an empty stretch at the expansion's start.
    const aStart = a ? a.start : expansion.from;
    const aLen = a ? a.end - a.start : 0;
    const aCum = a ? a.cumBefore : 0;
    lists.p.push((aCum - aStart) * US);
    lists.q.push((aCum + aLen) * US);
    lists.r.push(inside ? inside.start * US : 0);
    lists.l.push(inside ? (inside.end - inside.start) * US : 0);
    days.adc.push(a ? a.daysBefore + a.dayBefore / a.dayLength : 0);
    days.as.push(aStart * US);
    days.al.push(aLen * US);
    days.ad.push(a ? a.dayLength * US : 1);
    days.d.push(inside ? inside.dayLength * US : 1);
  }
  return {
    calendar: expansion.calendar,
    origin: (base - step) * US,
    step: step * US,
    from: base * US,
    to: (base + count * step) * US,
    ...lists,
    ...days,
  };
}

/**
 * The lookup formulas of {@link CalendarLookup} in TypeScript, exactly as the SQL
 * evaluates them, so the layout can be tested apart from DuckDB. x in µs; null outside.
 *
 * @example
 * lookupCumulative(lookup, Date.parse('2026-04-07T09:00+02:00') * 1000); // { micros: …, days: … }
 */
export function lookupCumulative(lookup: CalendarLookup, x: number): { micros: number; days: number } | null {
  const i = Math.max(Math.trunc((x - lookup.origin) / lookup.step), 0);
  if (i < 1 || i > lookup.p.length) return null;
  const at = (xs: readonly number[]) => xs[i - 1]!;
  const b = Math.max(Math.min(x - at(lookup.r), at(lookup.l)), 0);
  return {
    micros: Math.min(x + at(lookup.p), at(lookup.q)) + b,
    days: at(lookup.adc) + Math.min(x - at(lookup.as), at(lookup.al)) / at(lookup.ad) + b / at(lookup.d),
  };
}
