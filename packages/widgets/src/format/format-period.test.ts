import { describe, expect, test } from 'vitest';
import { formatInstant, formatPeriod, formatPeriodShort } from './format-period.js';

describe('formatPeriod', () => {
  test('a month is named in words', () => {
    expect(formatPeriod('2026-10', 'en')).toBe('October 2026');
    expect(formatPeriod('2026-10', 'sv')).toBe('oktober 2026');
  });

  test('an ISO week is named with its number and year', () => {
    expect(formatPeriod('2026-W43', 'en')).toBe('week 43, 2026');
    expect(formatPeriod('2026-W43', 'sv')).toBe('vecka 43, 2026');
  });

  test('a quarter, a year and a day are named', () => {
    expect(formatPeriod('2026-Q4', 'en')).toBe('Q4 2026');
    expect(formatPeriod('2026-Q4', 'sv')).toBe('kv. 4 2026');
    expect(formatPeriod('2026', 'sv')).toBe('2026');
    expect(formatPeriod('2026-10-31', 'en')).toBe('31 October 2026');
    expect(formatPeriod('2026-10-31', 'sv')).toBe('31 oktober 2026');
  });

  test('an unknown key is shown as it is', () => {
    expect(formatPeriod('H2 2026', 'en')).toBe('H2 2026');
  });
});

describe('formatPeriodShort', () => {
  test('axis labels are short and carry the year separately', () => {
    expect(formatPeriodShort('2026-10', 'en')).toEqual({ label: 'Oct', year: '2026' });
    expect(formatPeriodShort('2026-W05', 'sv')).toEqual({ label: 'v. 5', year: '2026' });
    expect(formatPeriodShort('2026-Q1', 'en')).toEqual({ label: 'Q1', year: '2026' });
  });
});

describe('formatInstant', () => {
  // The widgets project runs Chromium in America/New_York (vitest.config.ts), so a formatter
  // that converted to the reader's zone would show other hours, and here other days.
  test('the test browser reads in New York, five or four hours behind UTC', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
  });

  test('a date-time is shown as the source wrote it, not in the reader’s time zone', () => {
    // 23:28 at +01:00 is 22:28 UTC and 18:28 in New York (EDT until 1 Nov 2026); the source meant 23:28.
    expect(formatInstant('2026-10-31T23:28:00+01:00', 'en')).toBe('31 Oct 2026, 23:28');
    // 01:30 at +01:00 is 00:30 UTC, i.e. 20:30 on 31 October in New York; the source's day is 1 November.
    expect(formatInstant('2026-11-01T01:30:00+01:00', 'en')).toBe('1 Nov 2026, 01:30');
  });

  test('any offset is kept as written: UTC, west of UTC, without colon, with fractions', () => {
    expect(formatInstant('2026-10-31T16:59:00Z', 'en')).toBe('31 Oct 2026, 16:59');
    // 21:05 at -05:00 is 02:05 UTC the next day; shown as 21:05 on the 30th.
    expect(formatInstant('2026-10-30T21:05:00-05:00', 'en')).toBe('30 Oct 2026, 21:05');
    expect(formatInstant('2026-10-31T08:15+0530', 'en')).toBe('31 Oct 2026, 08:15');
    expect(formatInstant('2026-10-31T16:59:59.999+01:00', 'en')).toBe('31 Oct 2026, 16:59');
  });

  test('in Swedish the month is abbreviated the Swedish way and there is no comma', () => {
    expect(formatInstant('2026-10-31T23:28:00+01:00', 'sv')).toBe('31 okt. 2026 23:28');
  });

  test('text that is not a date-time comes back unchanged', () => {
    expect(formatInstant('yesterday', 'en')).toBe('yesterday');
    expect(formatInstant('2026-13-45T25:00:00Z', 'en')).toBe('2026-13-45T25:00:00Z');
  });
});
