import type { CalendarModel, DayInterval } from '../model.js';
import { parseIsoDate } from './civil-date.js';
import { workingHoursResolver } from './working-hours-on.js';
import { tableLocalToInstant, zoneOffsets } from './zone-offsets.js';

/**
 * One stretch of working time as instants (seconds since 1970-01-01Z, end exclusive),
 * with the running totals the SQL needs to answer "business time up to t" with one
 * lookup: `cumBefore` business seconds before it since the expansion's start; for
 * business days, `daysBefore` whole working days before its local day, `dayBefore`
 * working seconds of its own day before it, and `dayLength` its day's working seconds.
 */
export interface WorkInterval {
  readonly start: number;
  readonly end: number;
  readonly cumBefore: number;
  readonly daysBefore: number;
  readonly dayBefore: number;
  readonly dayLength: number;
}

/** A calendar's working time between two local dates, as instants. */
export interface CalendarExpansion {
  readonly calendar: string;
  /** Instant of local midnight starting `fromDate`; business time before it is unknown. */
  readonly from: number;
  /** Instant of local midnight starting `toDate` (exclusive); business time from it on is unknown. */
  readonly to: number;
  readonly intervals: readonly WorkInterval[];
}

/**
 * Sorts a day's intervals and merges any that overlap or touch, so no second counts
 * twice. Intervals are minutes after local midnight, end exclusive, 0–1440.
 *
 * @example
 * mergeDayIntervals([{ start: 780, end: 1020 }, { start: 480, end: 780 }]); // [{ start: 480, end: 1020 }]
 */
export function mergeDayIntervals(intervals: readonly DayInterval[]): DayInterval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((x, y) => x.start - y.start);
  const merged: DayInterval[] = [];
  for (const i of sorted) {
    const last = merged[merged.length - 1];
    if (last && i.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, i.end) };
    else merged.push(i);
  }
  return merged;
}

/**
 * Expands a calendar into its working intervals from local midnight of `fromDate`
 * (inclusive) to local midnight of `toDate` (exclusive), converting wall-clock hours to
 * instants in the calendar's zone, correctly across daylight-saving changes: a
 * wall-clock time the spring change skips moves forward, one the autumn change
 * repeats takes its first occurrence (so 08:00–17:00 is 9 h on both nights' days).
 * Business seconds between instants a ≤ b inside the range are then
 * `cum(b) − cum(a)`, where `cum(t)` is the `cumBefore` of the last interval starting
 * at or before t plus the part of that interval before t.
 *
 * @example
 * const e = expandCalendar(seOffice, '2026-04-06', '2026-04-08');
 * e.intervals.length;        // 2: Easter Monday is a holiday, Tuesday works 08:00–12:00, 13:00–17:00
 * e.intervals[1]!.cumBefore; // 14400 (the 4 h of Tuesday morning)
 */
export function expandCalendar(cal: CalendarModel, fromDate: string, toDate: string): CalendarExpansion {
  const fromDay = parseIsoDate(fromDate);
  const toDay = parseIsoDate(toDate);
  if (fromDay === undefined || toDay === undefined || toDay < fromDay) {
    throw new Error(`Bug: expandCalendar needs ISO dates from ≤ to, got ${fromDate}..${toDate}`);
  }
  const zone = zoneOffsets(cal.timeZone, (fromDay - 2) * 86400, (toDay + 2) * 86400);
  const hoursOn = workingHoursResolver(cal, fromDay, toDay);
  const intervals: WorkInterval[] = [];
  let cum = 0;
  let days = 0;
  for (let day = fromDay; day < toDay; day++) {
    const spans = mergeDayIntervals(hoursOn(day))
      .map((i) => ({
        start: tableLocalToInstant(zone, day, i.start * 60),
        end: tableLocalToInstant(zone, day, i.end * 60),
      }))
      .filter((s) => s.end > s.start);
    const dayLength = spans.reduce((sum, s) => sum + s.end - s.start, 0);
    let dayBefore = 0;
    for (const s of spans) {
      intervals.push({ start: s.start, end: s.end, cumBefore: cum, daysBefore: days, dayBefore, dayLength });
      cum += s.end - s.start;
      dayBefore += s.end - s.start;
    }
    if (dayLength > 0) days += 1;
  }
  return {
    calendar: cal.id,
    from: tableLocalToInstant(zone, fromDay, 0),
    to: tableLocalToInstant(zone, toDay, 0),
    intervals,
  };
}
