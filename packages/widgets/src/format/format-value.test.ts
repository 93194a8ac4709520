import { describe, expect, test } from 'vitest';
import { formatAxis, formatDelta, formatDuration, formatValue } from './format-value.js';

// Intl's Swedish uses U+00A0 (no-break space) to group digits and before % and kr.
const NBSP = '\u00a0';

describe('formatDuration', () => {
  test('2.25 hours read as 2 h 15 min in English and 2 tim 15 min in Swedish', () => {
    // 2.25 h × 60 = 135 min = 2 h + 15 min
    expect(formatDuration(2.25, 'hours', 'en')).toBe('2 h 15 min');
    expect(formatDuration(2.25, 'hours', 'sv')).toBe('2 tim 15 min');
  });

  test('135 minutes read as 2 h 15 min', () => {
    expect(formatValue(135, 'minutes', 'en')).toBe('2 h 15 min');
    expect(formatValue(135, 'minutes', 'sv')).toBe('2 tim 15 min');
  });

  test('half an hour reads as 30 min, and 7.5 minutes keeps its decimal', () => {
    expect(formatValue(0.5, 'hours', 'en')).toBe('30 min');
    expect(formatValue(7.5, 'minutes', 'sv')).toBe('7,5 min');
  });

  test('a whole number of hours has no minutes part', () => {
    expect(formatValue(36, 'hours', 'en')).toBe('36 h');
  });

  test('from two days on, durations read in days and hours', () => {
    // 3.5 d = 84 h = 3 d + 12 h
    expect(formatValue(3.5, 'days', 'en')).toBe('3 d 12 h');
    expect(formatValue(3.5, 'days', 'sv')).toBe('3 d 12 tim');
  });
});

describe('formatValue', () => {
  test('percent values are 0–100 and use the language’s decimal mark and spacing', () => {
    expect(formatValue(87.5, 'percent', 'en')).toBe('87.5%');
    expect(formatValue(87.5, 'percent', 'sv')).toBe(`87,5${NBSP}%`);
  });

  test('counts are grouped by thousands', () => {
    expect(formatValue(1234567, 'count', 'en')).toBe('1,234,567');
    expect(formatValue(1234567, 'count', 'sv')).toBe(`1${NBSP}234${NBSP}567`);
  });

  test('currency:SEK shows kronor the way each language writes them', () => {
    expect(formatValue(1500, 'currency:SEK', 'sv')).toBe(`1${NBSP}500${NBSP}kr`);
    expect(formatValue(1500, 'currency:SEK', 'en')).toBe(`SEK${NBSP}1,500`);
  });

  test('scores keep up to two decimals below ten', () => {
    expect(formatValue(4.25, 'score', 'en')).toBe('4.25');
    expect(formatValue(4.3, 'score', 'sv')).toBe('4,3');
  });

  test('a missing value is an en dash', () => {
    expect(formatValue(null, 'hours', 'en')).toBe('\u2013');
  });

  test('an unknown unit is written after the number', () => {
    expect(formatValue(12, 'tickets/agent', 'en')).toBe('12 tickets/agent');
  });
});

describe('formatDelta', () => {
  test('a drop of 0.7 hours is minus 42 minutes', () => {
    // 0.7 h × 60 = 42 min
    expect(formatDelta(-0.7, 'hours', 'en')).toBe('\u221242 min');
  });

  test('percent KPIs change in percentage points', () => {
    expect(formatDelta(2.1, 'percent', 'en')).toBe('+2.1 pp');
    expect(formatDelta(2.1, 'percent', 'sv')).toBe('+2,1 p.e.');
  });

  test('no change has no sign', () => {
    expect(formatDelta(0, 'count', 'en')).toBe('0');
  });
});

describe('formatAxis', () => {
  test('axis ticks carry a short unit', () => {
    expect(formatAxis(12, 'hours', 'sv')).toBe('12 tim');
    expect(formatAxis(30, 'minutes', 'en')).toBe('30 min');
    expect(formatAxis(92.5, 'percent', 'en')).toBe('92.5%');
  });
});
