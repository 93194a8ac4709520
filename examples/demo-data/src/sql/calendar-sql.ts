import type { DemoPlan } from '../demo-options.js';

/** Relative ticket volume by ISO weekday, Monday first: Mondays busy, weekends sparse. */
export const WEEKDAY_WEIGHTS = [1.35, 1.15, 1.05, 1.0, 0.85, 0.12, 0.1] as const;

/** Relative ticket volume by month, January first: July quiet (Swedish summer), September busy. */
export const MONTH_WEIGHTS = [1.05, 1.0, 1.0, 0.95, 0.95, 0.85, 0.55, 0.95, 1.1, 1.05, 1.0, 0.8] as const;

/** Relative volume by hour of a weekday, 00 first: about 85 % between 08:00 and 17:00. */
export const WEEKDAY_HOUR_WEIGHTS = [
  0.05, 0.03, 0.02, 0.02, 0.03, 0.08, 0.25, 0.9, 2.4, 3.0, 2.8, 2.3, 1.5, 2.4, 2.3, 2.0, 1.4, 0.7, 0.4, 0.3,
  0.25, 0.2, 0.12, 0.08,
] as const;

/** Relative volume by hour of a Saturday or Sunday: flat and low. */
export const WEEKEND_HOUR_WEIGHTS = [
  0.1, 0.05, 0.03, 0.03, 0.03, 0.05, 0.1, 0.3, 0.6, 0.9, 1.0, 1.0, 0.9, 0.9, 0.9, 0.8, 0.7, 0.6, 0.5, 0.45,
  0.4, 0.3, 0.2, 0.15,
] as const;

/** Days on which Swedish offices are (mostly) closed, as MM-DD; volume drops to 15 %. */
const HOLIDAYS = ['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31'];

const list = (values: readonly number[]) => `[${values.join(', ')}]`;

/**
 * Temporary tables that shape when tickets arrive: `_days` (one row per day with its
 * weight, its trend position t in [0, 1) and the first ticket number that falls on it; days without tickets are left out)
 * and `_hours` (cumulative hour-of-day weights for weekdays and weekends). A ticket
 * number i lands on the day whose range [first_i, next first_i) holds it, so the daily
 * counts are exact, sum to the requested total, and ticket numbers rise with time.
 *
 * @example
 * await connection.run(calendarSql(plan));
 * // select count(*) from _days → 730 for two years
 */
export function calendarSql(plan: DemoPlan): string {
  const holidays = HOLIDAYS.map((h) => `'${h}'`).join(', ');
  return `
create or replace temp table _days as
with d as (
  select r.d::date as day, isodow(r.d) as dow, month(r.d) as m,
    (r.d::date - date '${plan.start}') / (date '${plan.end}' - date '${plan.start}')::double as t
  from range(date '${plan.start}', date '${plan.end}', interval 1 day) r(d)
), w as (
  select *, dow >= 6 as weekend,
    ${list(WEEKDAY_WEIGHTS)}[dow] * ${list(MONTH_WEIGHTS)}[m]
      * (case when strftime(day, '%m-%d') in (${holidays}) then 0.15 else 1 end)
      * (1 + 0.10 * t) * (0.9 + 0.2 * rnd(day, 'day-jitter')) as w
  from d
), c as (
  select *, sum(w) over (order by day rows between unbounded preceding and 1 preceding) as before,
    sum(w) over () as total
  from w
)
select day, dow, m, t, weekend, first_i from (
  select *, floor(${plan.tickets} * coalesce(before, 0) / total)::bigint as first_i,
    floor(${plan.tickets} * (coalesce(before, 0) + w) / total)::bigint as next_i
  from c
)
-- days that get no ticket are left out, so each ticket number matches exactly one day
where next_i > first_i;

create or replace temp table _hours as
with h as (
  select false as weekend, generate_subscripts(x, 1) - 1 as hour, unnest(x) as w from (select ${list(WEEKDAY_HOUR_WEIGHTS)} as x)
  union all
  select true, generate_subscripts(x, 1) - 1, unnest(x) from (select ${list(WEEKEND_HOUR_WEIGHTS)} as x)
)
select weekend, hour,
  coalesce(sum(w) over (partition by weekend order by hour rows between unbounded preceding and 1 preceding), 0)
    / sum(w) over (partition by weekend) as cum_lo
from h;
`;
}
