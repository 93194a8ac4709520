import { offsetSeconds } from './zoned-time.js';

/** A zone's offsets over a span: `offsets[i]` is in force from `starts[i]` (an instant) on. */
export interface ZoneOffsets {
  readonly timeZone: string;
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
}

const week = 7 * 86400;

/**
 * Finds every offset change of a zone between two instants by sampling weekly and
 * bisecting to the second, so expanding decades of working days costs a few thousand
 * `Intl` calls instead of one per wall-clock time. Assumes offsets do not change
 * twice within one week, which holds for every zone in the IANA database since 1970.
 *
 * @example
 * const z = zoneOffsets('Europe/Stockholm', Date.UTC(2026, 0, 1) / 1000, Date.UTC(2027, 0, 1) / 1000);
 * z.starts.length; // 3: 2026-01-01 (CET), 2026-03-29T01:00Z (CEST), 2026-10-25T01:00Z (CET)
 */
export function zoneOffsets(timeZone: string, from: number, to: number): ZoneOffsets {
  const starts: number[] = [from];
  const offsets: number[] = [offsetSeconds(from, timeZone)];
  let t = from;
  let current = offsets[0]!;
  while (t < to) {
    const next = Math.min(t + week, to);
    const o = offsetSeconds(next, timeZone);
    if (o !== current) {
      let lo = t;
      let hi = next; // offset(lo) = current, offset(hi) = o
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetSeconds(mid, timeZone) === current) lo = mid;
        else hi = mid;
      }
      starts.push(hi);
      offsets.push(o);
      current = o;
    }
    t = next;
  }
  return { timeZone, starts, offsets };
}

/** The offset in force at an instant (the first offset before the table's start). */
export function offsetIn(table: ZoneOffsets, instant: number): number {
  const { starts, offsets } = table;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= instant) lo = mid;
    else hi = mid - 1;
  }
  return offsets[lo]!;
}

/**
 * `localToInstant` over a precomputed offset table: same `compatible` resolution of
 * skipped and repeated wall-clock times.
 *
 * @example
 * const z = zoneOffsets('Europe/Stockholm', 1767225600, 1798761600);
 * tableLocalToInstant(z, 20541, 8 * 3600); // 1774764000 (2026-03-29 08:00 CEST)
 */
export function tableLocalToInstant(table: ZoneOffsets, day: number, seconds: number): number {
  const local = day * 86400 + seconds;
  const before = offsetIn(table, local - 86400);
  const after = offsetIn(table, local + 86400);
  if (before === after) return local - before;
  const early = local - before;
  const late = local - after;
  const earlyValid = offsetIn(table, early) === before;
  const lateValid = offsetIn(table, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (lateValid && !earlyValid) return late;
  return early;
}
