import { civilFromDays, dayNumber, isoDate, weekdayIndex } from './civil-date.js';

/** A public holiday on a date, with its English and Swedish names. */
export interface Holiday {
  readonly date: string;
  readonly name: { readonly en: string; readonly sv: string };
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as in Meeus),
 * as a day number.
 *
 * @example
 * isoDate(easterSunday(2026)); // '2026-04-05'
 * isoDate(easterSunday(2027)); // '2027-03-28'
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** The first day from `first` on (a day number) that falls on `weekday` (Monday = 0). */
function firstWeekdayFrom(first: number, weekday: number): number {
  return first + ((weekday - weekdayIndex(first) + 7) % 7);
}

/**
 * Swedish public holidays and the de facto holiday eves (Midsummer, Christmas and New
 * Year's Eve) of one year, sorted by date. Pentecost Sunday is included: it is a
 * public holiday, though always a Sunday.
 *
 * @example
 * swedishHolidays(2026).find((h) => h.name.en === 'Midsummer Eve')?.date; // '2026-06-19'
 */
export function swedishHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => dayNumber(year, month, day);
  const list: [number, string, string][] = [
    [fixed(1, 1), "New Year's Day", 'Nyårsdagen'],
    [fixed(1, 6), 'Epiphany', 'Trettondedag jul'],
    [easter - 2, 'Good Friday', 'Långfredagen'],
    [easter, 'Easter Sunday', 'Påskdagen'],
    [easter + 1, 'Easter Monday', 'Annandag påsk'],
    [fixed(5, 1), 'May Day', 'Första maj'],
    [easter + 39, 'Ascension Day', 'Kristi himmelsfärdsdag'],
    [easter + 49, 'Pentecost', 'Pingstdagen'],
    [fixed(6, 6), 'National Day', 'Sveriges nationaldag'],
    [firstWeekdayFrom(fixed(6, 19), 4), 'Midsummer Eve', 'Midsommarafton'],
    [firstWeekdayFrom(fixed(6, 20), 5), 'Midsummer Day', 'Midsommardagen'],
    [firstWeekdayFrom(fixed(10, 31), 5), "All Saints' Day", 'Alla helgons dag'],
    [fixed(12, 24), 'Christmas Eve', 'Julafton'],
    [fixed(12, 25), 'Christmas Day', 'Juldagen'],
    [fixed(12, 26), 'Boxing Day', 'Annandag jul'],
    [fixed(12, 31), "New Year's Eve", 'Nyårsafton'],
  ];
  return list
    .sort((x, y) => x[0] - y[0])
    .map(([days, en, sv]) => ({ date: isoDate(days), name: { en, sv } }));
}

/** Holiday rule sets a calendar may name in `holidays:` rules, by id. */
export const holidayRuleSets: Readonly<Record<string, (year: number) => Holiday[]>> = {
  se: swedishHolidays,
};

/**
 * Day numbers of the holidays a list of rule sets generates in the years of a span
 * of day numbers (inclusive). Unknown rule ids are ignored here; `checkCalendar`
 * reports them.
 *
 * @example
 * ruleHolidays(['se'], dayNumber(2026, 1, 1), dayNumber(2026, 12, 31)).size; // 16
 */
export function ruleHolidays(rules: readonly string[], fromDay: number, toDay: number): Set<number> {
  const days = new Set<number>();
  const first = civilFromDays(fromDay).year;
  const last = civilFromDays(toDay).year;
  for (const rule of rules) {
    const generate = holidayRuleSets[rule];
    if (!generate) continue;
    for (let year = first; year <= last; year++) {
      for (const h of generate(year)) {
        const [y, m, d] = h.date.split('-').map(Number) as [number, number, number];
        days.add(dayNumber(y, m, d));
      }
    }
  }
  return days;
}
