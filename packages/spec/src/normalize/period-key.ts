import { dayNumber, parseIsoDate, weekdayIndex } from '../calendar/civil-date.js';
import type { Grain } from '../model.js';

/** What reading a period key gives: its grain, or why it is not a period. */
export type PeriodKeyReading =
  | { readonly ok: true; readonly key: string; readonly grain: Grain }
  | { readonly ok: false; readonly key: string; readonly problem: string };

const FORMS: readonly (readonly [Grain, RegExp])[] = [
  ['day', /^(\d{4})-(\d{2})-(\d{2})$/],
  ['week', /^(\d{4})-W(\d{2})$/],
  ['month', /^(\d{4})-(\d{2})$/],
  ['quarter', /^(\d{4})-Q(\d)$/],
  ['year', /^(\d{4})$/],
];

/**
 * Reads a period key as tests and `kpi run --period` write it: its form gives the grain
 * (`2026-10-05` day, `2026-W41` ISO week, `2026-10` month, `2026-Q4` quarter, `2026`
 * year), and the key must name a real period (no 2026-13, 2026-02-30 or 2025-W53). A
 * year written as a YAML number (2026) is read as its text. Pure; no clock.
 *
 * @example
 * readPeriodKey('2026-Q4');  // { ok: true, key: '2026-Q4', grain: 'quarter' }
 * readPeriodKey('2025-W53'); // { ok: false, key: '2025-W53', problem: 'is a week that 2025 does not have (it has 52 ISO weeks)' }
 */
export function readPeriodKey(raw: string | number): PeriodKeyReading {
  const key = String(raw);
  for (const [grain, pattern] of FORMS) {
    const m = pattern.exec(key);
    if (!m) continue;
    const year = Number(m[1]);
    const n = Number(m[2]);
    const problem =
      grain === 'day'
        ? parseIsoDate(key) === undefined
          ? 'is not a day of the calendar'
          : undefined
        : grain === 'week'
          ? n < 1 || n > isoWeeksInYear(year)
            ? `is a week that ${year} does not have (it has ${isoWeeksInYear(year)} ISO weeks)`
            : undefined
          : grain === 'month'
            ? n < 1 || n > 12
              ? 'is not a month (months are 01–12)'
              : undefined
            : grain === 'quarter' && (n < 1 || n > 4)
              ? 'is not a quarter (quarters are Q1–Q4)'
              : undefined;
    return problem === undefined ? { ok: true, key, grain } : { ok: false, key, problem };
  }
  return { ok: false, key, problem: 'is not written as a day, week, month, quarter or year' };
}

/**
 * How many ISO weeks a year has: 53 when it starts or ends on a Thursday, else 52.
 *
 * @example
 * isoWeeksInYear(2026); // 53
 */
export function isoWeeksInYear(year: number): number {
  const thursday = 3;
  const starts = weekdayIndex(dayNumber(year, 1, 1));
  const ends = weekdayIndex(dayNumber(year, 12, 31));
  return starts === thursday || ends === thursday ? 53 : 52;
}
