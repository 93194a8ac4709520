import type { CalendarModel, CalendarSchedule, DayInterval, Weekday } from '../model.js';
import { parseIsoDate, weekdayIndex } from './civil-date.js';
import { ruleHolidays } from './swedish-holidays.js';

const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A calendar's working hours per local day, resolved for a span of days. */
export type WorkingHoursOn = (day: number) => readonly DayInterval[];

/**
 * Resolves which hours a calendar works on each local day of a span (day numbers,
 * inclusive). Precedence, most specific first: a special day's own hours; a holiday
 * (listed or from a rule) works no hours; a working day before a holiday uses
 * `beforeHolidayHours` when the calendar sets them; otherwise the weekly schedule in
 * force on that date (none in force = no hours).
 *
 * @example
 * const hoursOn = workingHoursResolver(seOffice, dayNumber(2026, 1, 1), dayNumber(2026, 12, 31));
 * hoursOn(dayNumber(2026, 4, 3)); // []  (Good Friday)
 * hoursOn(dayNumber(2026, 4, 7)); // [{ start: 480, end: 720 }, { start: 780, end: 1020 }]
 */
export function workingHoursResolver(cal: CalendarModel, fromDay: number, toDay: number): WorkingHoursOn {
  const holidays = ruleHolidays(cal.holidayRules, fromDay, toDay + 1);
  for (const date of cal.holidays) {
    const d = parseIsoDate(date);
    if (d !== undefined) holidays.add(d);
  }
  const special = new Map<number, readonly DayInterval[]>();
  for (const [date, hours] of Object.entries(cal.specialDays)) {
    const d = parseIsoDate(date);
    if (d !== undefined) special.set(d, hours);
  }
  const schedules = cal.schedules.map((s) => ({
    from:
      s.from === undefined ? Number.NEGATIVE_INFINITY : (parseIsoDate(s.from) ?? Number.NEGATIVE_INFINITY),
    until:
      s.until === undefined ? Number.POSITIVE_INFINITY : (parseIsoDate(s.until) ?? Number.POSITIVE_INFINITY),
    schedule: s,
  }));
  const scheduleOn = (day: number): CalendarSchedule | undefined =>
    schedules.find((s) => s.from <= day && day <= s.until)?.schedule;

  return (day: number) => {
    const own = special.get(day);
    if (own) return own;
    if (holidays.has(day)) return [];
    const weekly = scheduleOn(day)?.hours[weekdays[weekdayIndex(day)]!] ?? [];
    if (weekly.length > 0 && cal.beforeHolidayHours && holidays.has(day + 1) && !special.has(day + 1)) {
      return cal.beforeHolidayHours;
    }
    return weekly;
  };
}
