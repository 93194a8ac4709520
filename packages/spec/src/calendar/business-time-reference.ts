import type { CalendarModel } from '../model.js';
import { mergeDayIntervals } from './expand-calendar.js';
import { workingHoursResolver } from './working-hours-on.js';
import { instantToLocal, localToInstant } from './zoned-time.js';

/** Business time between two instants, in the three units the measure language offers. */
export interface BusinessTime {
  readonly seconds: number;
  /** Working days: each working day counts as the share of its own working time inside the interval. */
  readonly days: number;
}

// localToInstant is pure, so remembering its answers changes nothing but speed
// (the property test asks about the same days thousands of times).
const instants = new Map<string, number>();
function wallToInstant(day: number, seconds: number, timeZone: string): number {
  const key = `${timeZone}|${day}|${seconds}`;
  let t = instants.get(key);
  if (t === undefined) {
    t = localToInstant(day, seconds, timeZone);
    if (instants.size > 1_000_000) instants.clear();
    instants.set(key, t);
  }
  return t;
}

/**
 * The slow, obvious definition of business time, kept as the oracle the SQL is tested
 * against: walk every local day the interval touches, turn that day's working hours
 * into instants with `Intl` directly (no offset table, no running totals), and add up
 * the overlap with [a, b). `days` adds, per working day, overlap ÷ that day's working
 * time, so a whole working day counts 1 whatever its length. Instants are seconds
 * since 1970-01-01Z; b ≤ a gives 0.
 *
 * @example
 * // 08:00–17:00 on weekdays: Friday 2026-04-10 16:00 → Monday 2026-04-13 09:30 (CEST)
 * businessTimeReference(weekdays8to17, 1775829600, 1776065400); // { seconds: 9000, days: 0.2777… }
 */
export function businessTimeReference(cal: CalendarModel, a: number, b: number): BusinessTime {
  if (!(b > a)) return { seconds: 0, days: 0 };
  const first = instantToLocal(a, cal.timeZone).day - 1;
  const last = instantToLocal(b, cal.timeZone).day + 1;
  const hoursOn = workingHoursResolver(cal, first, last);
  let seconds = 0;
  let days = 0;
  for (let day = first; day <= last; day++) {
    const spans = mergeDayIntervals(hoursOn(day)).map((i) => ({
      start: wallToInstant(day, i.start * 60, cal.timeZone),
      end: wallToInstant(day, i.end * 60, cal.timeZone),
    }));
    const dayLength = spans.reduce((sum, s) => sum + Math.max(0, s.end - s.start), 0);
    if (dayLength === 0) continue;
    const overlap = spans.reduce((sum, s) => sum + Math.max(0, Math.min(s.end, b) - Math.max(s.start, a)), 0);
    seconds += overlap;
    days += overlap / dayLength;
  }
  return { seconds, days };
}
