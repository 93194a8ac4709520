import { calendarTableSql } from '@nyckeltal/compiler';
import { buildCalendarLookup, type CalendarModel, expandCalendar } from '@nyckeltal/spec';
import type { SqlRunner } from './browser-duckdb.js';

/** Years the data spans, over every loaded source: calendars and zones are laid out for them. */
export type YearSpan = { readonly first: number; readonly last: number };

/** Calendar tables already laid out in this database: calendar id → definition fingerprint. */
const laidOut = new WeakMap<SqlRunner, Map<string, string>>();

/**
 * A stable text of a definition (Maps as entry lists), to tell whether an edit changed it.
 *
 * @example
 * fingerprint(new Map([['a', 1]])); // '[["a",1]]'
 */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Map ? [...v] : v));
}

/**
 * Lays a calendar out as the `cal_<id>` table the compiled business-time SQL reads, as the
 * engine's registerCalendar does (spec's expandCalendar and buildCalendarLookup, then the
 * compiler's calendarTableSql), from the January before the data to the January two years
 * after it. Once per calendar definition: an unchanged calendar is not laid out again.
 *
 * @example
 * await layOutCalendar(db, project.calendars.get('se-office')!, { first: 2024, last: 2026 });
 * await db.query('select step from cal_se_office'); // [{ step: 14400000000 }]
 */
export async function layOutCalendar(db: SqlRunner, calendar: CalendarModel, years: YearSpan): Promise<void> {
  const done = laidOut.get(db) ?? new Map<string, string>();
  laidOut.set(db, done);
  const print = fingerprint(calendar);
  if (done.get(calendar.id) === print) return;
  const lookup = buildCalendarLookup(
    expandCalendar(calendar, `${years.first - 1}-01-01`, `${years.last + 2}-01-01`),
  );
  const { sql, parameters } = calendarTableSql(lookup);
  await db.query(sql, parameters);
  done.set(calendar.id, print);
}
