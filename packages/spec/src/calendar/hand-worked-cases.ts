import type { CalendarModel, DayInterval, Weekday } from '../model.js';

// Test fixture shared by the reference tests here and the SQL tests in the compiler:
// the hand-worked business-time cases, each with its arithmetic.

const h = (from: number, to: number): DayInterval => ({ start: from * 60, end: to * 60 });
const week = (
  hours: readonly DayInterval[],
  days: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'],
) =>
  Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((d) => [
      d,
      days.includes(d) ? hours : [],
    ]),
  ) as Record<Weekday, readonly DayInterval[]>;
const origin = { file: 'test.yaml', line: 1, column: 1 };

/** A test calendar: Stockholm, Swedish holidays, the given weekly hours. */
export function testCalendar(
  id: string,
  hours: Record<Weekday, readonly DayInterval[]>,
  extra: Partial<CalendarModel> = {},
): CalendarModel {
  return {
    id,
    timeZone: 'Europe/Stockholm',
    schedules: [{ hours }],
    holidays: [],
    holidayRules: ['se'],
    specialDays: {},
    origin,
    ...extra,
  };
}

export const office9 = testCalendar('office-9', week([h(8, 17)]));
export const lunch = testCalendar('lunch', week([h(8, 12), h(13, 17)]));
export const allHours = testCalendar(
  'all-hours',
  week([h(0, 24)], ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  { holidayRules: [] },
);
export const seOffice = testCalendar(
  'se-office',
  { ...week([h(8, 12), h(13, 17)], ['mon', 'tue', 'wed', 'thu']), fri: [h(8, 15)] },
  { beforeHolidayHours: [h(8, 13)], specialDays: { '2026-12-23': [h(9, 12)] } },
);
export const changing = testCalendar('changing', week([h(8, 17)]), {
  schedules: [
    { until: '2026-12-31', hours: week([h(8, 17)]) },
    { from: '2027-01-01', hours: week([h(9, 16)]) },
  ],
});

/** Seconds since 1970 of an ISO instant with offset, read by Date.parse, not by the code under test. */
export const at = (iso: string): number => Date.parse(iso) / 1000;

export interface HandWorkedCase {
  readonly name: string;
  readonly calendar: CalendarModel;
  readonly a: string;
  readonly b: string;
  readonly seconds: number;
  /** Business days, where worked out. */
  readonly days?: number;
}

export const handWorkedCases: readonly HandWorkedCase[] = [
  // Fri 16–17 = 1 h, Mon 08–09:30 = 1.5 h → 2.5 h; days 1/9 + 1.5/9
  {
    name: 'Friday 16:00 to Monday 09:30 with 08:00–17:00 is 2.5 h',
    calendar: office9,
    a: '2026-04-17T16:00+02:00',
    b: '2026-04-20T09:30+02:00',
    seconds: 2.5 * 3600,
    days: 2.5 / 9,
  },
  // Thu 16–17 = 1 h; Good Friday, Sat, Easter Sunday, Easter Monday off; Tue 08–09 = 1 h
  {
    name: 'Thursday 16:00 before Easter to the Tuesday after at 09:00 is 2 h',
    calendar: office9,
    a: '2026-04-02T16:00+02:00',
    b: '2026-04-07T09:00+02:00',
    seconds: 2 * 3600,
    days: 2 / 9,
  },
  {
    name: 'a ticket opened and resolved on a Saturday is 0',
    calendar: office9,
    a: '2026-04-18T10:00+02:00',
    b: '2026-04-18T15:00+02:00',
    seconds: 0,
    days: 0,
  },
  // only 08–17 counts
  {
    name: 'Monday 07:00 to 18:00 is 9 h',
    calendar: office9,
    a: '2026-04-20T07:00+02:00',
    b: '2026-04-20T18:00+02:00',
    seconds: 9 * 3600,
    days: 1,
  },
  // 11–12 = 1 h, lunch, 13–14 = 1 h; days 2/8
  {
    name: 'with lunch 12:00–13:00, 11:00 to 14:00 is 2 h',
    calendar: lunch,
    a: '2026-04-20T11:00+02:00',
    b: '2026-04-20T14:00+02:00',
    seconds: 2 * 3600,
    days: 0.25,
  },
  // Fri 27 Mar 16–17 CET = 1 h, Mon 30 Mar 08–09 CEST = 1 h (64 h elapsed, not 65)
  {
    name: 'Friday to Monday across the spring clock change is 2 h',
    calendar: office9,
    a: '2026-03-27T16:00+01:00',
    b: '2026-03-30T09:00+02:00',
    seconds: 2 * 3600,
  },
  // every hour counts: Sat 12:00 CET → Sun 12:00 CEST is 23 real hours
  {
    name: 'round-the-clock hours over the spring-forward night are 23 h',
    calendar: allHours,
    a: '2026-03-28T12:00+01:00',
    b: '2026-03-29T12:00+02:00',
    seconds: 23 * 3600,
    days: 0.5 + 11 / 23,
  },
  // Sat 12:00 CEST → Sun 12:00 CET is 25 real hours; Sunday is a 25 h day, 13 h of it before noon
  {
    name: 'round-the-clock hours over the fall-back night are 25 h',
    calendar: allHours,
    a: '2026-10-24T12:00+02:00',
    b: '2026-10-25T12:00+01:00',
    seconds: 25 * 3600,
    days: 0.5 + 13 / 25,
  },
  // Mon 26 Oct 2026 (CET) 08–17 is 9 h: the day after the change is not off by an hour
  {
    name: 'the first working day after the autumn change is 9 h',
    calendar: office9,
    a: '2026-10-26T00:00+01:00',
    b: '2026-10-27T00:00+01:00',
    seconds: 9 * 3600,
    days: 1,
  },
  // Good Friday counts nothing; Tue 08–10 = 2 h
  {
    name: 'a ticket opened on Good Friday and resolved Tuesday 10:00 is 2 h',
    calendar: office9,
    a: '2026-04-03T10:00+02:00',
    b: '2026-04-07T10:00+02:00',
    seconds: 2 * 3600,
  },
  // Wed 30 Dec 16–17 = 1 h; New Year's Eve, New Year's Day, weekend off; Mon 4 Jan 08–09 = 1 h
  {
    name: 'an interval spanning New Year is 2 h',
    calendar: office9,
    a: '2026-12-30T16:00+01:00',
    b: '2027-01-04T09:00+01:00',
    seconds: 2 * 3600,
  },
  // new schedule from 2027: Mon 4 Jan works 09–16, so 09:00–10:00 = 1 h, plus Wed 30 Dec 16–17 = 1 h
  {
    name: 'a schedule change applies from its date only',
    calendar: changing,
    a: '2026-12-30T16:00+01:00',
    b: '2027-01-04T10:00+01:00',
    seconds: 2 * 3600,
  },
  // Thu 2 Apr is the day before Good Friday: 08–13 only, so 12–13 = 1 h; Tue 7 Apr 08–09 = 1 h
  {
    name: 'the day before a holiday ends at 13:00',
    calendar: seOffice,
    a: '2026-04-02T12:00+02:00',
    b: '2026-04-07T09:00+02:00',
    seconds: 2 * 3600,
    days: 1 / 5 + 1 / 8,
  },
  // special day 23 Dec 09–12: 11–12 = 1 h; 24–27 Dec off (Christmas, weekend); Mon 28 Dec 08–09 = 1 h
  {
    name: 'a special day uses its own hours',
    calendar: seOffice,
    a: '2026-12-23T11:00+01:00',
    b: '2026-12-28T09:00+01:00',
    seconds: 2 * 3600,
    days: 1 / 3 + 1 / 8,
  },
  // Thu 13–17 = 4 h of an 8 h day, Fri 08–12 = 4 h of a 7 h day
  {
    name: 'business days weigh each day by its own length',
    calendar: seOffice,
    a: '2026-04-16T13:00+02:00',
    b: '2026-04-17T12:00+02:00',
    seconds: 8 * 3600,
    days: 0.5 + 4 / 7,
  },
  {
    name: 'b before a is 0',
    calendar: office9,
    a: '2026-04-20T12:00+02:00',
    b: '2026-04-20T10:00+02:00',
    seconds: 0,
    days: 0,
  },
];
