import type { CalendarModel, DayInterval, Weekday } from '@nyckeltal/spec';

/** `HH:MM-HH:MM` as minutes after local midnight. */
function span(text: string): DayInterval {
  const [from = '', to = ''] = text.split('-');
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return { start: minutes(from), end: minutes(to) };
}

/** A week with the given hours Monday–Thursday, on Friday, and none at the weekend. */
function week(monThu: readonly string[], fri: readonly string[]): Record<Weekday, readonly DayInterval[]> {
  const days = monThu.map(span);
  return { mon: days, tue: days, wed: days, thu: days, fri: fri.map(span), sat: [], sun: [] };
}

const office = week(['08:00-12:00', '13:00-17:00'], ['08:00-15:00']);

/**
 * The demo organisation's office hours: the `se-office` calendar of the catalog
 * (kpis/calendars/se-office.yaml) as a normalized model, so the generator needs no
 * project files. The service desk works Monday–Thursday 08:00–12:00 and 13:00–17:00,
 * Friday 08:00–15:00, 09:00–15:00 in the summer of 2026, not on Swedish public
 * holidays nor 28–30 December 2026, and until 13:00 on 23 December 2026. A test checks
 * that it equals the catalog's calendar.
 *
 * @example
 * expandCalendar(DEMO_CALENDAR, '2026-04-06', '2026-04-08').intervals.length; // 2 (Easter Monday off)
 */
export const DEMO_CALENDAR: CalendarModel = {
  id: 'se-office',
  title: { en: 'Stockholm office hours', sv: 'Kontorstid Stockholm' },
  timeZone: 'Europe/Stockholm',
  schedules: [
    { until: '2026-06-21', hours: office },
    { from: '2026-06-22', until: '2026-08-09', hours: week(['09:00-15:00'], ['09:00-15:00']) },
    { from: '2026-08-10', hours: office },
  ],
  holidays: ['2026-12-28', '2026-12-29', '2026-12-30'],
  holidayRules: ['se'],
  specialDays: { '2026-12-23': [span('08:00-13:00')] },
  origin: { file: 'examples/demo-data/src/demo-calendar.ts', line: 1, column: 1 },
};
