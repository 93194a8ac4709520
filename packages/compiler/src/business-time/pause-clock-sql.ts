import type { CalendarModel } from '@nyckeltal/spec';
import { sql } from 'kysely';
import type { Sql } from '../measure/expr-context.js';
import { cumulativeMicros } from './business-time-sql.js';
import { calendarRelationName } from './calendar-relation-name.js';

/**
 * A pause clock: the time tickets spend in pause states, read from a status-history
 * relation with one row per status change (the ticket, the status entered, when).
 * A pause runs from entering a pause state to the ticket's next status change; rows
 * whose status is null are other events and are skipped.
 */
export interface PauseClock {
  /** The status-history relation, e.g. 'src_ticket_events'. */
  readonly events: string;
  readonly ticket: string;
  readonly status: string;
  readonly at: string;
  /** Status values that stop the clock, e.g. ['Awaiting User Info', 'Pending customer']. */
  readonly states: readonly string[];
  /** Count pauses in this calendar's business time; absent = calendar (elapsed) time. */
  readonly calendar?: CalendarModel;
}

/** The window pauses are clipped to: per ticket, only pause time between `from` and `to` counts. */
export interface PauseWindow {
  /** The tickets relation, e.g. 'src_tickets'. */
  readonly tickets: string;
  /** Its column matching the events' ticket column. */
  readonly key: string;
  readonly from: string;
  readonly to: string;
}

/** µs of working (or elapsed) time between two instants given in µs, 0 when to ≤ from, null when either is null. */
function span(from: Sql, to: Sql, calendar: CalendarModel | undefined): Sql {
  const d = calendar
    ? sql`${cumulativeMicros(to, calendar)} - ${cumulativeMicros(from, calendar)}`
    : sql`${to} - ${from}`;
  return sql`case when ${d} < 0 then 0 else ${d} end`;
}

/**
 * One scan of the status history that gives, per ticket, the seconds spent paused —
 * in business time when the clock has a calendar (its `cal_<id>` table must exist) —
 * optionally only inside each ticket's [from, to] window (e.g. opened → resolved).
 * Result columns: `ticket`, `paused_seconds` (a ticket without pauses has no row).
 * A pause still open at the end of the history counts up to the window's end, or not
 * at all without a window. Rows without a status (other events in the same history,
 * e.g. replies or reassignments) are not status changes: they neither start nor end a pause.
 *
 * @example
 * pausedTimeSql({ events: 'src_ticket_events', ticket: 'ticket_id', status: 'status', at: 'changed_at',
 *   states: ['Pending customer'], calendar: seOffice },
 *   { tickets: 'src_tickets', key: 'id', from: 'opened_at', to: 'resolved_at' });
 */
export function pausedTimeSql(clock: PauseClock, window?: PauseWindow): Sql {
  const states = sql.join(clock.states.map((s) => sql`${s}`));
  const segments = sql`select ${sql.ref(clock.ticket)} as ticket, ${sql.ref(clock.status)} in (${states}) as paused,
      ${sql.ref(clock.at)} as pause_start,
      lead(${sql.ref(clock.at)}) over (partition by ${sql.ref(clock.ticket)} order by ${sql.ref(clock.at)}) as pause_end
    from ${sql.table(clock.events)} where ${sql.ref(clock.status)} is not null`;
  const cal = clock.calendar ? sql`, ${sql.table(calendarRelationName(clock.calendar.id))}` : sql``;
  if (!window) {
    const length = span(sql`epoch_us(s.pause_start)`, sql`epoch_us(s.pause_end)`, clock.calendar);
    return sql`select s.ticket, sum(${length}) / 1000000.0 as paused_seconds
      from (${segments}) s${cal}
      where s.paused and s.pause_end is not null
      group by s.ticket`;
  }
  const from = sql`epoch_us(greatest(s.pause_start, w.${sql.ref(window.from)}))`;
  const to = sql`epoch_us(least(coalesce(s.pause_end, w.${sql.ref(window.to)}), w.${sql.ref(window.to)}))`;
  return sql`select s.ticket, sum(${span(from, to, clock.calendar)}) / 1000000.0 as paused_seconds
    from (${segments}) s join ${sql.table(window.tickets)} w on w.${sql.ref(window.key)} = s.ticket${cal}
    where s.paused
    group by s.ticket`;
}
