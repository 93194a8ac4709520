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
  test('an instant is shown in the given time zone', () => {
    // 16:59 at +01:00 is 15:59 UTC
    expect(formatInstant('2026-10-31T16:59:00+01:00', 'en', 'UTC')).toBe('31 Oct 2026, 15:59');
  });

  test('text that is not a date comes back unchanged', () => {
    expect(formatInstant('yesterday', 'en')).toBe('yesterday');
  });
});
