import { describe, expect, it } from 'vitest';
import {
  isoWeeksInYear,
  parsePeriodKey,
  periodOf,
  periodSeries,
  shiftPeriod,
  yearAgoPeriod,
} from './period.js';

const key = (k: string, grain: Parameters<typeof parsePeriodKey>[1]) => {
  const p = parsePeriodKey(k, grain);
  if (!p) throw new Error(`test setup: ${k} is not a ${grain}`);
  return p;
};

describe('periodOf', () => {
  it('puts a date in its day, month, quarter and year', () => {
    expect(periodOf('2026-10-25', 'day')).toMatchObject({
      key: '2026-10-25',
      start: '2026-10-25',
      end: '2026-10-26',
    });
    expect(periodOf('2026-10-25', 'month')).toMatchObject({
      key: '2026-10',
      start: '2026-10-01',
      end: '2026-11-01',
    });
    expect(periodOf('2026-10-25', 'quarter')).toMatchObject({
      key: '2026-Q4',
      start: '2026-10-01',
      end: '2027-01-01',
    });
    expect(periodOf('2026-02-14', 'quarter')).toMatchObject({
      key: '2026-Q1',
      start: '2026-01-01',
      end: '2026-04-01',
    });
    expect(periodOf('2026-10-25', 'year')).toMatchObject({
      key: '2026',
      start: '2026-01-01',
      end: '2027-01-01',
    });
  });

  it('ends a day period on the next day across a month and a year end', () => {
    expect(periodOf('2026-12-31', 'day').end).toBe('2027-01-01');
    expect(periodOf('2028-02-28', 'day').end).toBe('2028-02-29');
  });

  it('numbers ISO weeks from the Monday of the week holding 4 January', () => {
    // 2026-01-01 is a Thursday, so week 1 of 2026 is Mon 2025-12-29 … Sun 2026-01-04.
    expect(periodOf('2025-12-29', 'week')).toMatchObject({
      key: '2026-W01',
      start: '2025-12-29',
      end: '2026-01-05',
    });
    // 2026-10-25 is a Sunday: the last day of the week that started Mon 2026-10-19 = week 43
    // (2025-12-29 + 42 × 7 days = 2026-10-19).
    expect(periodOf('2026-10-25', 'week')).toMatchObject({
      key: '2026-W43',
      start: '2026-10-19',
      end: '2026-10-26',
    });
  });

  it('puts 2027-01-01 in week 53 of 2026, because 2026 starts on a Thursday', () => {
    // Week 53 starts 2025-12-29 + 52 × 7 = 2026-12-28, and 2027-01-01 is that week's Friday.
    expect(periodOf('2026-12-31', 'week').key).toBe('2026-W53');
    expect(periodOf('2027-01-01', 'week')).toMatchObject({
      key: '2026-W53',
      start: '2026-12-28',
      end: '2027-01-04',
    });
    expect(periodOf('2027-01-04', 'week').key).toBe('2027-W01');
  });

  it('puts 2024-12-30 in week 1 of 2025', () => {
    expect(periodOf('2024-12-30', 'week').key).toBe('2025-W01');
  });
});

describe('isoWeeksInYear', () => {
  it('gives 53 weeks to years that start on a Thursday, or leap years that start on a Wednesday', () => {
    expect(isoWeeksInYear(2026)).toBe(53); // starts Thursday
    expect(isoWeeksInYear(2020)).toBe(53); // leap year starting Wednesday
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2027)).toBe(52);
  });
});

describe('parsePeriodKey', () => {
  it('reads every grain’s key back into the same period', () => {
    for (const grain of ['day', 'week', 'month', 'quarter', 'year'] as const) {
      const p = periodOf('2026-10-25', grain);
      expect(parsePeriodKey(p.key, grain)).toEqual(p);
    }
  });

  it('rejects keys that name no period of the grain', () => {
    expect(parsePeriodKey('2025-W53', 'week')).toBeUndefined();
    expect(parsePeriodKey('2026-W00', 'week')).toBeUndefined();
    expect(parsePeriodKey('2026-13', 'month')).toBeUndefined();
    expect(parsePeriodKey('2026-02-30', 'day')).toBeUndefined();
    expect(parsePeriodKey('2026-10', 'week')).toBeUndefined();
    expect(parsePeriodKey('2026-Q5', 'quarter')).toBeUndefined();
  });
});

describe('shiftPeriod', () => {
  it('steps months, quarters and years across year ends', () => {
    expect(shiftPeriod(key('2026-01', 'month'), -1).key).toBe('2025-12');
    expect(shiftPeriod(key('2026-Q1', 'quarter'), -1).key).toBe('2025-Q4');
    expect(shiftPeriod(key('2026-11', 'month'), 3).key).toBe('2027-02');
    expect(shiftPeriod(key('2026', 'year'), -2).key).toBe('2024');
  });

  it('steps weeks through week 53', () => {
    expect(shiftPeriod(key('2027-W01', 'week'), -1).key).toBe('2026-W53');
    expect(shiftPeriod(key('2026-W53', 'week'), 1).key).toBe('2027-W01');
  });

  it('steps days across a leap day', () => {
    expect(shiftPeriod(key('2028-03-01', 'day'), -1).key).toBe('2028-02-29');
  });
});

describe('yearAgoPeriod', () => {
  it('keeps the month, quarter and ISO week number one year earlier', () => {
    expect(yearAgoPeriod(key('2026-10', 'month')).key).toBe('2025-10');
    expect(yearAgoPeriod(key('2026-Q4', 'quarter')).key).toBe('2025-Q4');
    expect(yearAgoPeriod(key('2026-W43', 'week')).key).toBe('2025-W43');
    expect(yearAgoPeriod(key('2026', 'year')).key).toBe('2025');
  });

  it('maps week 53 to week 52 when the earlier year has no week 53', () => {
    expect(yearAgoPeriod(key('2026-W53', 'week')).key).toBe('2025-W52');
  });

  it('maps a leap day to 28 February', () => {
    expect(yearAgoPeriod(key('2028-02-29', 'day')).key).toBe('2027-02-28');
    expect(yearAgoPeriod(key('2026-10-25', 'day')).key).toBe('2025-10-25');
  });
});

describe('periodSeries', () => {
  it('lists the history periods ending with the current one, oldest first', () => {
    expect(periodSeries(key('2026-02', 'month'), 4).map((p) => p.key)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('always holds at least the current period', () => {
    expect(periodSeries(key('2026-W02', 'week'), 0).map((p) => p.key)).toEqual(['2026-W02']);
  });
});
