import type { Grain } from '@nyckeltal/spec';

/**
 * A calendar period at one grain. `start` is inclusive and `end` exclusive, both
 * local dates (YYYY-MM-DD) in the source's time zone: the zone is applied when rows
 * are put into periods, so period arithmetic itself is plain calendar arithmetic.
 */
export interface Period {
  readonly kind: 'period';
  readonly grain: Grain;
  /** '2026-10-25' (day), '2026-W43' (ISO week-year and week), '2026-10', '2026-Q4', '2026'. */
  readonly key: string;
  readonly start: string;
  readonly end: string;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a local date; the UTC clock is used only as a calendar. */
function toDays(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

function ymd(year: number, month: number, day: number): string {
  return fromDays(Math.floor(Date.UTC(year, month - 1, day) / DAY_MS));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Monday of ISO week 1 of `isoYear`: the week holding that year's 4 January. */
function isoWeekOneMonday(isoYear: number): number {
  const jan4 = toDays(ymd(isoYear, 1, 4));
  const weekday = (((jan4 + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday → Monday = 0
  return jan4 - weekday;
}

/** Number of ISO weeks (52 or 53) in an ISO week-year. */
export function isoWeeksInYear(isoYear: number): number {
  return (isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear)) / 7;
}

/**
 * The period of one grain that holds a local date.
 *
 * @example
 * periodOf('2027-01-01', 'week'); // { key: '2026-W53', start: '2026-12-28', end: '2027-01-04', … }
 * periodOf('2026-10-25', 'quarter').key; // '2026-Q4'
 */
export function periodOf(date: string, grain: Grain): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (grain) {
    case 'day':
      return { kind: 'period', grain, key: date, start: date, end: fromDays(toDays(date) + 1) };
    case 'week': {
      const days = toDays(date);
      let isoYear = year + 1;
      while (isoWeekOneMonday(isoYear) > days) isoYear -= 1;
      const week = Math.floor((days - isoWeekOneMonday(isoYear)) / 7) + 1;
      return weekPeriod(isoYear, week);
    }
    case 'month':
      return monthSpan(grain, `${year}-${pad(month)}`, year, month, 1);
    case 'quarter': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      return monthSpan(grain, `${year}-Q${quarter}`, year, quarter * 3 - 2, 3);
    }
    case 'year':
      return monthSpan(grain, String(year), year, 1, 12);
  }
}

function weekPeriod(isoYear: number, week: number): Period {
  const start = isoWeekOneMonday(isoYear) + (week - 1) * 7;
  return {
    kind: 'period',
    grain: 'week',
    key: `${isoYear}-W${pad(week)}`,
    start: fromDays(start),
    end: fromDays(start + 7),
  };
}

function monthSpan(grain: Grain, key: string, year: number, month: number, months: number): Period {
  return { kind: 'period', grain, key, start: ymd(year, month, 1), end: ymd(year, month + months, 1) };
}

const keyPatterns: Record<Grain, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

/**
 * Reads a period key written for a grain; undefined when the key is not a valid period
 * of that grain (e.g. '2026-W54', '2026-13', '2026-02-30').
 *
 * @example
 * parsePeriodKey('2026-W53', 'week')?.start; // '2026-12-28'
 * parsePeriodKey('2025-W53', 'week'); // undefined: 2025 has 52 ISO weeks
 */
export function parsePeriodKey(key: string, grain: Grain): Period | undefined {
  const m = keyPatterns[grain].exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  const n = Number(m[2]);
  switch (grain) {
    case 'day':
      return ymd(year, n, Number(m[3])) === key ? periodOf(key, 'day') : undefined;
    case 'week':
      return n >= 1 && n <= isoWeeksInYear(year) ? weekPeriod(year, n) : undefined;
    case 'month':
      return n >= 1 && n <= 12 ? periodOf(`${m[1]}-${m[2]}-01`, 'month') : undefined;
    case 'quarter':
      return periodOf(ymd(year, n * 3 - 2, 1), 'quarter');
    case 'year':
      return periodOf(`${m[1]}-01-01`, 'year');
  }
}

/**
 * The period `steps` periods after (or, negative, before) a period.
 *
 * @example
 * shiftPeriod(parsePeriodKey('2026-01', 'month')!, -1).key; // '2025-12'
 */
export function shiftPeriod(period: Period, steps: number): Period {
  if (steps === 0) return period;
  if (period.grain === 'day' || period.grain === 'week') {
    const length = period.grain === 'day' ? 1 : 7;
    return periodOf(fromDays(toDays(period.start) + steps * length), period.grain);
  }
  const months = { month: 1, quarter: 3, year: 12 }[period.grain];
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  return periodOf(ymd(year, month + steps * months, 1), period.grain);
}

/**
 * The same period one year earlier. Weeks keep their number in the previous ISO
 * week-year (week 53 becomes week 52 when that year has no week 53); a 29 February
 * becomes 28 February.
 *
 * @example
 * yearAgoPeriod(parsePeriodKey('2026-W53', 'week')!).key; // '2025-W52'
 * yearAgoPeriod(parsePeriodKey('2026-Q4', 'quarter')!).key; // '2025-Q4'
 */
export function yearAgoPeriod(period: Period): Period {
  const year = Number(period.key.slice(0, 4)) - 1;
  switch (period.grain) {
    case 'week': {
      const week = Number(period.key.slice(6));
      return weekPeriod(year, Math.min(week, isoWeeksInYear(year)));
    }
    case 'day': {
      const month = Number(period.key.slice(5, 7));
      const day = Number(period.key.slice(8, 10));
      const date = ymd(year, month, day);
      return periodOf(date.slice(5, 7) === period.key.slice(5, 7) ? date : ymd(year, month + 1, 0), 'day');
    }
    default:
      return shiftPeriod(period, period.grain === 'year' ? -1 : period.grain === 'quarter' ? -4 : -12);
  }
}

/**
 * The `history` periods ending with `current`, oldest first.
 *
 * @example
 * periodSeries(parsePeriodKey('2026-02', 'month')!, 3).map((p) => p.key); // ['2025-12', '2026-01', '2026-02']
 */
export function periodSeries(current: Period, history: number): readonly Period[] {
  const count = Math.max(1, Math.floor(history));
  return Array.from({ length: count }, (_, i) => shiftPeriod(current, i - count + 1));
}
