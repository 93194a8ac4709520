import type { DemoPlan } from '../demo-options.js';
import { pick } from './people-sql.js';

/** Services with agreed service hours: around the clock, or weekdays 07:00–19:00 (holidays closed). */
export const SERVICES = [
  ['Email', '24x7'],
  ['VPN', '24x7'],
  ['Customer portal', '24x7'],
  ['Telephony', '24x7'],
  ['ERP', 'business'],
  ['HR portal', 'business'],
  ['Intranet', 'business'],
  ['File storage', 'business'],
] as const;

/** Systems with licence coverage (share of headcount) and active share at the start and end. */
export const SYSTEMS = [
  ['Microsoft 365', 1.0, 0.93, 0.95],
  ['ServiceNow portal', 1.0, 0.52, 0.72],
  ['Workday', 1.0, 0.62, 0.8],
  ['Salesforce', 0.25, 0.78, 0.74],
  ['Power BI', 0.3, 0.42, 0.58],
  ['Expense app', 0.6, 0.7, 0.85],
  ['Learning portal', 1.0, 0.35, 0.41],
  ['Confluence', 0.5, 0.66, 0.7],
] as const;

const sqlRows = (rows: readonly (readonly (string | number)[])[]) =>
  rows.map((r) => `(${r.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ')})`).join(', ');

/**
 * `outages` (planned or not) and `service_availability` (per service and day: agreed
 * minutes and downtime inside them), `self_service_sessions`, and `system_usage`
 * (licensed and active users per system and month). Unplanned outages start inside the
 * agreed window and are cut at its end, so each one's minutes count against that day.
 * Planned maintenance of 24×7 services (Sunday 02:00) falls inside agreed time and is
 * kept apart; that of business-hours services (Saturday) falls outside it.
 *
 * @example
 * await connection.run(operationsSql(plan)); // after employeesSql (licences follow headcount)
 */
export function operationsSql(plan: DemoPlan): string {
  const sessions = Math.max(100, Math.round(plan.tickets * 0.7));
  const end = `timestamptz '${plan.endInstant}'`;
  return `
create or replace temp table _service_days as
with d as (
  select r.d::date as day, (r.d::date - date '${plan.start}') / (date '${plan.end}' - date '${plan.start}')::double as t
  from range(date '${plan.start}', date '${plan.end}', interval 1 day) r(d)
), s as (select * from (values ${sqlRows(SERVICES)}) v(service, service_hours))
select d.day, d.t, s.service, s.service_hours,
  case when s.service_hours = '24x7' then 0 else 7 * 60 end as window_start,
  case when s.service_hours = '24x7' then (epoch(local_ts(d.day + 1) - local_ts(d.day)) / 60)::integer
    when isodow(d.day) >= 6 or strftime(d.day, '%m-%d') in ('01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31')
      then 0 else 12 * 60 end as agreed_minutes
from d cross join s;

create or replace temp table _outages as
select day, service, false as planned,
  window_start + floor(rnd(concat(service, day), 'outage-start') * agreed_minutes)::integer as start_minute,
  least(agreed_minutes - floor(rnd(concat(service, day), 'outage-start') * agreed_minutes)::integer,
    greatest(1, round(rlognorm(service || day, 'outage-minutes', 35, 1.0)))::integer) as minutes,
  true as in_agreed
from _service_days
where agreed_minutes > 0 and rnd(concat(service, day), 'outage') < 0.022 * (case when month(day) in (9, 10) then 1.6 else 1 end)
union all
select day, service, true, case when service_hours = '24x7' then 120 else 8 * 60 end,
  (60 + 30 * floor(rnd(concat(service, day), 'maintenance-minutes') * 4))::integer, service_hours = '24x7'
from _service_days
where isodow(day) = case when service_hours = '24x7' then 7 else 6 end and rnd(concat(service, day), 'maintenance') < 0.4;

create or replace table outages as
select 'OUT' || lpad(row_number() over (order by day, service, planned)::varchar, 6, '0') as id, service, planned,
  local_ts(day + to_minutes(start_minute)) as started_at,
  local_ts(day + to_minutes(start_minute + minutes)) as ended_at
from _outages
order by day, service, planned;

create or replace table service_availability as
select s.day, s.service, s.service_hours, s.agreed_minutes,
  coalesce(sum(o.minutes) filter (where not o.planned and o.in_agreed), 0)::integer as unplanned_downtime_minutes,
  coalesce(sum(o.minutes) filter (where o.planned and o.in_agreed), 0)::integer as planned_downtime_minutes
from _service_days s left join _outages o on o.day = s.day and o.service = s.service
group by all
order by s.day, s.service;

create or replace table self_service_sessions as
with a as (
  select range as j, floor(range * ${plan.tickets} / ${sessions})::bigint as i, rnd(range, 'session-hour') as uh
  from range(${sessions})
), b as (
  select a.j, a.uh, d.day, d.t, d.weekend from a asof join _days d on a.i >= d.first_i
), c as (
  select b.j, b.t, local_ts(b.day + to_seconds(h.hour * 3600 + floor(rnd(b.j, 'session-second') * 3600)::bigint)) as started_at,
    case when rnd(b.j, 'session-kind') < 0.65 then 'employee' else 'customer' end as requester_kind
  from b asof join _hours h on b.weekend = h.weekend and b.uh >= h.cum_lo
), d as (
  select *,
    case when requester_kind = 'employee' then ${pick("rnd(j, 'entry')", [
      ['knowledge_base', 50],
      ['virtual_agent', 30],
      ['password_reset', 20],
    ])}
      else ${pick("rnd(j, 'entry')", [
        ['knowledge_base', 60],
        ['virtual_agent', 40],
      ])} end as entry
  from c
), e as (
  select *,
    case when rnd(j, 'session-outcome') < (case entry when 'password_reset' then 0.85 else 0.50 + 0.14 * t end) then 'solved'
      when rnd(j, 'session-outcome') < (case entry when 'password_reset' then 0.93 else 0.72 + 0.08 * t end) then 'abandoned'
      else 'escalated' end as outcome
  from d
)
select 'SS' || lpad((j + 1)::varchar, 8, '0') as id, started_at, requester_kind,
  (case when requester_kind = 'employee' then 'E' else 'C' end)
    || lpad((rint(j, 'session-requester', ${Math.min(plan.employees, plan.customers)}) + 1)::varchar, 6, '0') as requester_id,
  entry, outcome,
  case outcome when 'escalated' then true when 'abandoned' then rnd(j, 'follow-up') < 0.35 else rnd(j, 'follow-up') < 0.08 end
    and started_at + interval 1 second < ${end} as ticket_within_24h
from e;

create or replace table system_usage as
with m as (
  select h.month, sum(h.headcount_start) as headcount, (h.month - date '${plan.start}') / (date '${plan.end}' - date '${plan.start}')::double as t
  from headcount h group by h.month
), s as (select * from (values ${sqlRows(SYSTEMS)}) v(system, coverage, adopt_start, adopt_end))
select m.month, s.system, round(m.headcount * s.coverage)::integer as licensed_users,
  least(round(m.headcount * s.coverage)::integer, round(m.headcount * s.coverage
    * (s.adopt_start + (s.adopt_end - s.adopt_start) * m.t + 0.03 * (rnd(concat(s.system, m.month), 'usage') - 0.5)))::integer) as active_users
from m cross join s
order by m.month, s.system;
`;
}
