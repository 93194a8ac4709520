/**
 * The periods the catalog checks read, written out by hand in Stockholm time — not taken
 * from the engine's period code, which is part of what is under test. Every source declares
 * `time_zone: Europe/Stockholm`, so a month starts at local midnight: +02:00 in summer
 * time, +01:00 after the clocks go back on Sunday 25 October 2026 (so November starts at
 * 00:00+01:00).
 */
export interface Window {
  /** The period key as the snapshot names it. */
  readonly key: string;
  /** First instant, inclusive, as a TIMESTAMPTZ literal with its offset. */
  readonly from: string;
  /** First instant after the period, exclusive. */
  readonly until: string;
  /** First day, inclusive (for DATE columns: month and day sources). */
  readonly fromDay: string;
  /** First day after the period, exclusive. */
  readonly untilDay: string;
}

export const JULY_2026: Window = {
  key: '2026-07',
  from: '2026-07-01 00:00:00+02',
  until: '2026-08-01 00:00:00+02',
  fromDay: '2026-07-01',
  untilDay: '2026-08-01',
};
export const AUGUST_2026: Window = {
  key: '2026-08',
  from: '2026-08-01 00:00:00+02',
  until: '2026-09-01 00:00:00+02',
  fromDay: '2026-08-01',
  untilDay: '2026-09-01',
};
export const SEPTEMBER_2026: Window = {
  key: '2026-09',
  from: '2026-09-01 00:00:00+02',
  until: '2026-10-01 00:00:00+02',
  fromDay: '2026-09-01',
  untilDay: '2026-10-01',
};
export const OCTOBER_2026: Window = {
  key: '2026-10',
  from: '2026-10-01 00:00:00+02',
  until: '2026-11-01 00:00:00+01',
  fromDay: '2026-10-01',
  untilDay: '2026-11-01',
};
/** July through September: the quarter the ratio checks recompute from its months. */
export const Q3_2026: Window = {
  key: '2026-Q3',
  from: JULY_2026.from,
  until: SEPTEMBER_2026.until,
  fromDay: JULY_2026.fromDay,
  untilDay: SEPTEMBER_2026.untilDay,
};
export const Q3_MONTHS: readonly Window[] = [JULY_2026, AUGUST_2026, SEPTEMBER_2026];

/**
 * `column` inside the window, for a TIMESTAMPTZ column.
 *
 * @example
 * inInstants('resolved_at', OCTOBER_2026);
 * // "resolved_at >= timestamptz '2026-10-01 00:00:00+02' and resolved_at < timestamptz '2026-11-01 00:00:00+01'"
 */
export function inInstants(column: string, w: Window): string {
  return `${column} >= timestamptz '${w.from}' and ${column} < timestamptz '${w.until}'`;
}

/**
 * `column` inside the window, for a DATE column (a day, or the first day of a month).
 *
 * @example
 * inDays('month', OCTOBER_2026); // "month >= date '2026-10-01' and month < date '2026-11-01'"
 */
export function inDays(column: string, w: Window): string {
  return `${column} >= date '${w.fromDay}' and ${column} < date '${w.untilDay}'`;
}

/**
 * One calendar day, from local midnight to local midnight in `zone` — written with the
 * zone's name, so DuckDB's own time-zone rules place the ends, not the engine's.
 *
 * @example
 * dayIn('2026-04-01', 'Europe/Stockholm').from; // '2026-04-01 00:00:00 Europe/Stockholm'
 */
export function dayIn(day: string, zone: string): Window {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    key: day,
    from: `${day} 00:00:00 ${zone}`,
    until: `${next} 00:00:00 ${zone}`,
    fromDay: day,
    untilDay: next,
  };
}
