import { buildCalendarLookup, type CalendarModel, expandCalendar } from '@nyckeltal/spec';
import { DEMO_CALENDAR } from '../demo-calendar.js';
import type { DemoPlan } from '../demo-options.js';

/** Sizes (seconds of working time) tried for the inverse lookup's buckets, largest first. */
const INVERSE_STEPS = [3600, 1800, 900, 600, 300, 60];

/** An ISO date moved by whole days. */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Numbers as the text of a DuckDB BIGINT list (digits, minus signs and commas only). */
const bigints = (values: readonly number[]) => `string_split('${values.join(',')}', ',')::bigint[]`;

/**
 * The one-row temporary table `_office`: the demo calendar laid out once, so ticket
 * durations can be drawn in working time and placed on the clock with list reads
 * instead of per-row JavaScript. Two lookups, both in µs:
 *
 * - forward, "working time up to instant x": spec's {@link buildCalendarLookup} lists
 *   `origin`, `step`, `p`, `q`, `r`, `l` (read with {@link officeCum});
 * - inverse, "the instant when working time c is reached": working time is cut into
 *   buckets of `inv_step` that each lie inside one working interval, `inv_at[k]` is the
 *   instant bucket k starts and `day_end[k]` the instant its day's working time ends
 *   (read with {@link officeInstant} and {@link officeDayEnd}).
 *
 * Working time counts from a week before the data starts to a week after it ends;
 * outside, the lists give null (a ticket clock that runs past the data's end stays open).
 *
 * @example
 * await connection.run(officeHoursSql(plan));
 * // select make_timestamptz(inv_at[1]) from _office → 2024-10-25 08:00:00+02
 */
export function officeHoursSql(plan: DemoPlan, calendar: CalendarModel = DEMO_CALENDAR): string {
  const expansion = expandCalendar(calendar, addDays(plan.start, -7), addDays(plan.end, 7));
  const lookup = buildCalendarLookup(expansion);
  const intervals = expansion.intervals;
  const step = INVERSE_STEPS.find((s) =>
    intervals.every((i) => i.cumBefore % s === 0 && (i.end - i.start) % s === 0),
  );
  if (step === undefined) {
    throw new Error(`Bug: the ${calendar.id} calendar's working intervals are not whole minutes`);
  }
  const dayEnd = new Map<number, number>();
  for (const i of intervals) dayEnd.set(i.daysBefore, Math.max(dayEnd.get(i.daysBefore) ?? 0, i.end));
  const invAt: number[] = [];
  const dayEnds: number[] = [];
  for (const i of intervals) {
    for (let at = i.start; at < i.end; at += step) {
      invAt.push(at * 1e6);
      dayEnds.push((dayEnd.get(i.daysBefore) ?? i.end) * 1e6);
    }
  }
  return `
create or replace temp table _office as select
  ${lookup.origin}::bigint as origin, ${lookup.step}::bigint as step,
  ${bigints(lookup.p)} as p, ${bigints(lookup.q)} as q, ${bigints(lookup.r)} as r, ${bigints(lookup.l)} as l,
  ${step * 1e6}::bigint as inv_step, ${bigints(invAt)} as inv_at, ${bigints(dayEnds)} as day_end;
`;
}

/**
 * SQL for the working µs of the demo calendar up to instant x (µs since 1970), in a
 * query that cross joins `_office` as `o` (or another alias holding its columns); null outside the laid-out range.
 *
 * @example
 * officeCum('epoch_us(opened_at)'); // least(epoch_us(opened_at) + o.p[…], o.q[…]) + …
 */
export function officeCum(x: string, o = 'o'): string {
  const i = `greatest((${x} - ${o}.origin) // ${o}.step, 0)`;
  return `(least(${x} + ${o}.p[${i}], ${o}.q[${i}]) + greatest(least(${x} - ${o}.r[${i}], ${o}.l[${i}]), 0))`;
}

/**
 * SQL for the instant (µs since 1970) at which the demo calendar's working time reaches
 * c µs: the first working moment with cum = c, so a time outside office hours maps to
 * the next opening. Needs `_office` cross joined as `o`.
 *
 * @example
 * officeInstant(`${officeCum('x')} + 7200000000`); // two working hours after x
 */
export function officeInstant(c: string, o = 'o'): string {
  return `(${o}.inv_at[(${c}) // ${o}.inv_step + 1] + (${c}) % ${o}.inv_step)`;
}

/**
 * SQL for the instant (µs) the working day holding working time c ends, e.g. 17:00 on
 * a Monday, 15:00 on a Friday. Needs `_office` cross joined as `o`.
 *
 * @example
 * officeDayEnd('c') + ' + 3600000000'; // an hour after closing
 */
export function officeDayEnd(c: string, o = 'o'): string {
  return `${o}.day_end[(${c}) // ${o}.inv_step + 1]`;
}
