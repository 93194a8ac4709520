import { calendarTableSql } from '@nyckeltal/compiler';
import { buildCalendarLookup, type CalendarModel, expandCalendar } from '@nyckeltal/spec';
import type { EngineSession } from '../engine-session.js';

/** Local dates, `from` inclusive and `to` exclusive, for which a calendar is laid out. */
export interface CalendarRange {
  readonly from: string;
  readonly to: string;
}

const registered = new WeakMap<EngineSession, Map<string, CalendarRange>>();

/**
 * Creates (or widens) the `cal_<id>` lookup table of a calendar in a session, covering
 * local dates [from, to): the compiled business-time SQL reads it, and gives null for
 * instants outside it. Does nothing when the session already covers the range.
 * Cost grows with the range (about 0.2 s for 4 years of an office calendar, 2 s for 50),
 * which is why the engine sizes it to the data (see `prepareBusinessTime`).
 *
 * @example
 * await registerCalendar(session, project.calendars.get('se-office')!, { from: '2025-01-01', to: '2028-01-01' });
 * await session.query({ sql: 'select step from cal_se_office', parameters: [] }); // [{ step: 14400000000 }]
 */
export async function registerCalendar(
  session: EngineSession,
  calendar: CalendarModel,
  range: CalendarRange,
): Promise<CalendarRange> {
  const known = registered.get(session) ?? new Map<string, CalendarRange>();
  registered.set(session, known);
  const had = known.get(calendar.id);
  if (had && had.from <= range.from && had.to >= range.to) return had;
  // ISO dates compare as text, so the wider of the two ranges is the lesser from and the greater to.
  const wanted = had ? { from: [had.from, range.from].sort()[0]!, to: [had.to, range.to].sort()[1]! } : range;
  const lookup = buildCalendarLookup(expandCalendar(calendar, wanted.from, wanted.to));
  await session.query(calendarTableSql(lookup));
  known.set(calendar.id, wanted);
  return wanted;
}
