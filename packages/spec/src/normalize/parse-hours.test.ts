import { describe, expect, it } from 'vitest';
import { expandDays, parseHours } from './parse-hours.js';

describe('parseHours', () => {
  it('reads two ranges of a day into minutes after midnight', () => {
    // 08:00 = 8·60 = 480, 12:00 = 720, 13:00 = 780, 17:00 = 1020
    expect(parseHours('08:00-12:00, 13:00-17:00')).toEqual({
      intervals: [
        { start: 480, end: 720 },
        { start: 780, end: 1020 },
      ],
    });
  });

  it('accepts 24:00 as the end of the day', () => {
    expect(parseHours('00:00-24:00').intervals).toEqual([{ start: 0, end: 1440 }]);
  });

  it('refuses a range that ends before it starts', () => {
    expect(parseHours('17:00-08:00').error).toBe('17:00 is not before 08:00');
  });

  it('refuses minutes past 59 and ranges that overlap', () => {
    expect(parseHours('08:75-09:00').error).toBe('08:75 is not a time of day');
    expect(parseHours('08:00-12:00, 11:00-13:00').error).toMatch(/overlaps/);
  });
});

describe('expandDays', () => {
  it('expands a range of weekdays and a single day', () => {
    expect(expandDays('mon-thu')).toEqual(['mon', 'tue', 'wed', 'thu']);
    expect(expandDays('fri')).toEqual(['fri']);
  });

  it('wraps a range past Sunday', () => {
    expect(expandDays('fri-mon')).toEqual(['fri', 'sat', 'sun', 'mon']);
  });
});
