import { describe, expect, it } from 'vitest';
import { isoWeeksInYear, readPeriodKey } from './period-key.js';

describe('readPeriodKey', () => {
  it('reads the grain from the form of the key', () => {
    const keys = ['2026-10-05', '2026-W41', '2026-10', '2026-Q4', '2026', 2026];
    expect(keys.map((k) => readPeriodKey(k))).toEqual([
      { ok: true, key: '2026-10-05', grain: 'day' },
      { ok: true, key: '2026-W41', grain: 'week' },
      { ok: true, key: '2026-10', grain: 'month' },
      { ok: true, key: '2026-Q4', grain: 'quarter' },
      { ok: true, key: '2026', grain: 'year' },
      { ok: true, key: '2026', grain: 'year' },
    ]);
  });

  it('refuses keys of the right form that name no period', () => {
    // 2028 is a leap year, 2026 is not; 2026 starts on a Thursday so it has a week 53, 2025 does not
    expect(readPeriodKey('2028-02-29').ok).toBe(true);
    expect(readPeriodKey('2026-02-29').ok).toBe(false);
    expect(readPeriodKey('2026-W53').ok).toBe(true);
    expect(readPeriodKey('2025-W53').ok).toBe(false);
    expect(readPeriodKey('2026-W00').ok).toBe(false);
    expect(readPeriodKey('2026-00').ok).toBe(false);
    expect(readPeriodKey('2026-Q0').ok).toBe(false);
    expect(readPeriodKey('26-10').ok).toBe(false);
  });
});

describe('isoWeeksInYear', () => {
  it('gives 53 weeks to years starting or ending on a Thursday', () => {
    // 1 Jan 2026 is a Thursday; 31 Dec 2020 was a Thursday (2020 leap year starting Wednesday);
    // 2025 starts on a Wednesday and ends on a Wednesday; 2027 starts on a Friday
    expect([2020, 2025, 2026, 2027].map(isoWeeksInYear)).toEqual([53, 52, 53, 52]);
  });
});
