import type { CalendarModel } from '@nyckeltal/spec';
import { sql } from 'kysely';
import type { BusinessTimeCall, BusinessTimeSql, Sql } from '../measure/expr-context.js';
import { calendarRelationName } from './calendar-relation-name.js';

const microsPer = { hours: 3_600_000_000, minutes: 60_000_000 } as const;

/** `"cal_x"."column"`: a column of a calendar's one-row lookup table. */
function col(calendar: CalendarModel, column: string): Sql {
  return sql.ref(`${calendarRelationName(calendar.id)}.${column}`);
}

/** The 1-based bucket of instant x (µs); 0 before the covered range, so every list lookup is null there. */
function bucket(x: Sql, calendar: CalendarModel): Sql {
  return sql`greatest((${x} - ${col(calendar, 'origin')}) // ${col(calendar, 'step')}, 0)`;
}

/** Business µs from the calendar's start to x (see CalendarLookup in @nyckeltal/spec). */
export function cumulativeMicros(x: Sql, calendar: CalendarModel): Sql {
  const i = bucket(x, calendar);
  const at = (list: string) => sql`${col(calendar, list)}[${i}]`;
  return sql`(least(${x} + ${at('p')}, ${at('q')}) + greatest(least(${x} - ${at('r')}, ${at('l')}), 0))`;
}

/** Working days from the calendar's start to x, each day weighted by its own length. */
export function cumulativeDays(x: Sql, calendar: CalendarModel): Sql {
  const i = bucket(x, calendar);
  const at = (list: string) => sql`${col(calendar, list)}[${i}]`;
  return sql`(${at('adc')} + least(${x} - ${at('as')}, ${at('al')}) / ${at('ad')} + greatest(least(${x} - ${at('r')}, ${at('l')}), 0) / ${at('d')})`;
}

/**
 * Business time between two instants in DuckDB SQL, with no join and no per-row
 * JavaScript: each end is looked up in its calendar's lookup lists by bucket (one
 * integer division, a few list reads), and the result is cum(to) − cum(from), floored
 * at 0 (to ≤ from gives 0). Null when either end is null or outside the range the
 * engine expanded the calendar for. Exact to the microsecond for hours and minutes.
 *
 * @example
 * businessTimeBetween({ fn: 'business_hours_between', unit: 'hours', from: sql.ref('opened_at'),
 *   to: sql.ref('resolved_at'), calendar: seOffice });
 * // case when (least(epoch_us("resolved_at") + "cal_se_office"."p"[…], …) …) - (…) < 0 then 0 else … end / 3600000000.0
 */
export function businessTimeBetween(call: BusinessTimeCall): Sql {
  const from = sql`epoch_us(${call.from})`;
  const to = sql`epoch_us(${call.to})`;
  if (call.unit === 'days') {
    return atLeastZero(sql`${cumulativeDays(to, call.calendar)} - ${cumulativeDays(from, call.calendar)}`);
  }
  const micros = atLeastZero(
    sql`${cumulativeMicros(to, call.calendar)} - ${cumulativeMicros(from, call.calendar)}`,
  );
  return sql`${micros} / ${sql.raw(`${microsPer[call.unit]}.0`)}`;
}

/** max(d, 0) that keeps null: DuckDB's greatest() skips nulls, which would turn "unknown" into 0. */
function atLeastZero(d: Sql): Sql {
  return sql`case when ${d} < 0 then 0 else ${d} end`;
}

/**
 * The DuckDB implementation of the compiler's business-time extension point: pass it
 * as `planKpis(project, request, { businessTime: duckDbBusinessTime })`. The engine
 * must have created each used calendar's `cal_<id>` table (see `calendarTableSql`).
 *
 * @example
 * const plan = planKpis(project, { kpis: ['itsm.frt-business'], grain: 'month' }, { businessTime: duckDbBusinessTime });
 */
export const duckDbBusinessTime: BusinessTimeSql = {
  between: businessTimeBetween,
  crossJoins: (calendars) => calendars.map((c) => calendarRelationName(c.id)),
};
