/**
 * Options of the demo-data generator and their normalized form. Everything the SQL
 * builders read is validated here first (integers, ISO month starts), so the numbers
 * and dates they splice into SQL text can never carry anything but digits and dashes.
 */

export interface DemoDataOptions {
  /** Where the DuckDB file is written (replaced atomically). */
  readonly file: string;
  /** Seed of every pseudo-random draw; same seed → identical tables. Default 42. */
  readonly seed?: number;
  /** Number of tickets over the whole period. Default 50,000. */
  readonly tickets?: number;
  /** First day of the first month, `YYYY-MM-01`. Default: `months` months before the end month. */
  readonly start?: string;
  /** Number of whole months generated. Default 24 (data through 2026-10-31). */
  readonly months?: number;
}

/** The validated options plus the derived sizes of the organisation. */
export interface DemoPlan {
  readonly file: string;
  readonly seed: number;
  readonly tickets: number;
  readonly months: number;
  /** First day, inclusive, `YYYY-MM-DD`. */
  readonly start: string;
  /** First day after the data, exclusive, `YYYY-MM-DD` (data through the day before). */
  readonly end: string;
  /** The start as an instant: local midnight in Europe/Stockholm, e.g. `2024-11-01 00:00:00+01:00`. */
  readonly startInstant: string;
  /** The end as an instant, e.g. `2026-11-01 00:00:00+01:00`. */
  readonly endInstant: string;
  /** Employees at the start (grows with hires); one per 25 tickets, at least 60. */
  readonly employees: number;
  /** Customers at the start (grows with sign-ups); one per 25 tickets, at least 60. */
  readonly customers: number;
}

/** The month after the last generated one when no `start` is given: data runs through 2026-10-31. */
export const DEFAULT_END_MONTH = '2026-11-01';

const MONTH_START = /^(\d{4})-(\d{2})-01$/;

function addMonths(isoMonthStart: string, months: number): string {
  const match = MONTH_START.exec(isoMonthStart);
  if (!match) throw new RangeError(`expected a month start YYYY-MM-01, got ${isoMonthStart}`);
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/**
 * Local midnight of an ISO day in Europe/Stockholm as `YYYY-MM-DD 00:00:00+HH:MM`. The
 * offset at local midnight equals the one at UTC midnight (Swedish clocks change at
 * 01:00 UTC), so one Intl lookup is exact. Computing it here keeps the time-zone
 * conversion of constants out of the per-row SQL.
 */
function stockholmMidnight(day: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Stockholm',
    timeZoneName: 'longOffset',
  }).formatToParts(new Date(`${day}T00:00:00Z`));
  const offset = parts.find((p) => p.type === 'timeZoneName')?.value.replace('GMT', '') || '+00:00';
  return `${day} 00:00:00${offset}`;
}

function positiveInteger(name: string, value: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new RangeError(`${name} must be a whole number from 1 to ${max}, got ${value}`);
  }
  return value;
}

/**
 * Validates the options and derives the plan the SQL builders read.
 *
 * @example
 * planDemoData({ file: 'demo.duckdb' });
 * // → { seed: 42, tickets: 50000, months: 24, start: '2024-11-01', end: '2026-11-01', employees: 2000, … }
 */
export function planDemoData(options: DemoDataOptions): DemoPlan {
  const seed = options.seed ?? 42;
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a whole number ≥ 0, got ${seed}`);
  const tickets = positiveInteger('tickets', options.tickets ?? 50_000, 100_000_000);
  const months = positiveInteger('months', options.months ?? 24, 240);
  const start = options.start ?? addMonths(DEFAULT_END_MONTH, -months);
  const end = addMonths(start, months);
  return {
    file: options.file,
    seed,
    tickets,
    months,
    start,
    end,
    startInstant: stockholmMidnight(start),
    endInstant: stockholmMidnight(end),
    employees: Math.max(60, Math.round(tickets / 25)),
    customers: Math.max(60, Math.round(tickets / 25)),
  };
}
