import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate } from './civil-date.js';
import { easterSunday, ruleHolidays, swedishHolidays } from './swedish-holidays.js';

describe('easterSunday', () => {
  // Published Easter dates (Gregorian).
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('puts Easter %i on %s', (year, date) => {
    expect(isoDate(easterSunday(year))).toBe(date);
  });
});

describe('swedishHolidays', () => {
  const byName = (year: number) => Object.fromEntries(swedishHolidays(year).map((h) => [h.name.en, h.date]));

  it('lists the sixteen days of 2026 at their published dates', () => {
    expect(byName(2026)).toEqual({
      "New Year's Day": '2026-01-01',
      Epiphany: '2026-01-06',
      'Good Friday': '2026-04-03',
      'Easter Sunday': '2026-04-05',
      'Easter Monday': '2026-04-06',
      'May Day': '2026-05-01',
      'Ascension Day': '2026-05-14',
      Pentecost: '2026-05-24',
      'National Day': '2026-06-06',
      'Midsummer Eve': '2026-06-19',
      'Midsummer Day': '2026-06-20',
      "All Saints' Day": '2026-10-31',
      'Christmas Eve': '2026-12-24',
      'Christmas Day': '2026-12-25',
      'Boxing Day': '2026-12-26',
      "New Year's Eve": '2026-12-31',
    });
  });

  it('moves midsummer and All Saints with the weekday: 2027 and 2025', () => {
    // 2027: 25 June is a Friday, 6 November a Saturday. 2025: 20 June Friday, 1 November Saturday.
    expect(byName(2027)).toMatchObject({
      'Midsummer Eve': '2027-06-25',
      'Midsummer Day': '2027-06-26',
      "All Saints' Day": '2027-11-06',
    });
    expect(byName(2025)).toMatchObject({
      'Midsummer Eve': '2025-06-20',
      "All Saints' Day": '2025-11-01',
      'Ascension Day': '2025-05-29',
    });
  });

  it('names every day in Swedish too and keeps them sorted by date', () => {
    const days = swedishHolidays(2030);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(days.every((d) => d.name.sv.length > 0)).toBe(true);
  });
});

describe('ruleHolidays', () => {
  it('generates each year of a span and ignores unknown rule sets', () => {
    const days = ruleHolidays(['se', 'xx'], dayNumber(2026, 12, 1), dayNumber(2027, 1, 31));
    // 2026: 16 days, 2027: 16 days — the whole years of the span are generated
    expect(days.size).toBe(32);
    expect(days.has(dayNumber(2027, 1, 6))).toBe(true);
  });
});
