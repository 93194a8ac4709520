import type { CalendarExpansion } from './expand-calendar.js';

/** Running business time at an instant, or null outside the expansion's range. */
export interface Cumulative {
  readonly seconds: number;
  readonly days: number;
}

/**
 * `cum(t)` over an expanded calendar, the same lookup the SQL does with an ASOF join:
 * take the last interval starting at or before t, add the part of it before t. Null
 * when t lies before `from` or at/after `to`, where the expansion knows nothing.
 *
 * @example
 * const e = expandCalendar(seOffice, '2026-04-07', '2026-04-08');
 * cumulativeAt(e, Date.parse('2026-04-07T09:00+02:00') / 1000); // { seconds: 3600, days: 0.125 }
 */
export function cumulativeAt(expansion: CalendarExpansion, t: number): Cumulative | null {
  if (t < expansion.from || t >= expansion.to) return null;
  const list = expansion.intervals;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return { seconds: 0, days: 0 };
  const i = list[found]!;
  const inside = Math.min(Math.max(t - i.start, 0), i.end - i.start);
  return { seconds: i.cumBefore + inside, days: i.daysBefore + (i.dayBefore + inside) / i.dayLength };
}
