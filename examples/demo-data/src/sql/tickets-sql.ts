import type { DemoPlan } from '../demo-options.js';
import { officeCum, officeDayEnd, officeInstant } from './office-hours-sql.js';

/** Hours between opening and the ticketing system's resolution deadline, by type and priority (calendar hours, as the tool counts them). */
export const SLA_HOURS = {
  incident: { 1: 4, 2: 8, 3: 24, 4: 72 },
  request: { 1: 8, 2: 24, 3: 72, 4: 120 },
} as const;

/** Median working hours to a written ticket's first response, by priority (2 – High … 4 – Low; 1 is on call). */
export const FIRST_RESPONSE_HOURS = [0.25, 0.25, 0.8, 1.4] as const;

/** Median working hours from first response to resolution, by type and priority (1 – Critical in calendar hours). */
export const RESOLVE_HOURS = {
  incident: [1.2, 1, 1.9, 4.3],
  request: [2, 2, 4.8, 7.2],
  question: 0.9,
} as const;

/** Median working hours a reopening adds. */
export const REOPEN_HOURS = 6;

const list = (values: readonly number[]) => `[${values.join(', ')}]`;

export const PRIORITIES = ['1 - Critical', '2 - High', '3 - Moderate', '4 - Low'] as const;

/**
 * The `tickets` table: incidents, service requests and questions from employees and
 * customers. Each ticket number i draws its attributes from its own hash streams, so
 * the statement runs in parallel and is the same for the same seed. Durations are
 * log-normal by type and priority, in working hours of the office calendar, and shrink
 * over the two years (the desk improves); they are placed on the calendar through
 * `_office` (see officeHoursSql), so a ticket opened after closing waits for the next
 * opening. Critical incidents run in calendar hours (on call), a quarter of calls and
 * chats are answered at once at any hour, 4 % of tickets are resolved in the evening.
 * Anything that would happen after the end of the data is left empty (the ticket is
 * still open then). Timestamps are TIMESTAMPTZ (instants), in whole seconds.
 *
 * @example
 * await connection.run(ticketsSql(plan)); // after randomMacros, calendarSql and officeHoursSql
 */
export function ticketsSql(plan: DemoPlan): string {
  const slaCase = (type: 'incident' | 'request') =>
    `when type = '${type}' then [${Object.values(SLA_HOURS[type]).join(', ')}][prio]`;
  return `
create or replace table tickets as
with s as (
  select range as i, rnd(range, 'hour') as uh from range(${plan.tickets})
), a as (
  select s.i, s.uh, d.day, d.dow, d.t, d.weekend from s asof join _days d on s.i >= d.first_i
), b as (
  select a.*, h.hour, a.day + to_seconds(h.hour * 3600 + floor(rnd(a.i, 'second') * 3600)::bigint) as opened_local
  from a asof join _hours h on a.weekend = h.weekend and a.uh >= h.cum_lo
), c as (
  select *,
    case when rnd(i, 'type') < 0.50 then 'incident' when rnd(i, 'type') < 0.88 then 'request' else 'question' end as type,
    case when rnd(i, 'kind') < 0.60 then 'employee' else 'customer' end as requester_kind,
    rnd(i, 'channel') as uc, rnd(i, 'priority') as up, rnd(i, 'category') as ucat
  from b
), d as (
  select *,
    case when requester_kind = 'employee' then
      case when uc < 0.34 then 'portal' when uc < 0.54 - 0.06 * t then 'email' when uc < 0.74 - 0.06 * t then 'phone'
           when uc < 0.94 then 'chat' else 'walk-in' end
    else case when uc < 0.35 then 'portal' when uc < 0.65 then 'email' when uc < 0.85 then 'phone' else 'chat' end
    end as channel,
    case type
      when 'incident' then case when up < 0.02 then 1 when up < 0.14 then 2 when up < 0.64 then 3 else 4 end
      when 'request' then case when up < 0.03 then 2 when up < 0.40 then 3 else 4 end
      else case when up < 0.30 then 3 else 4 end
    end as prio,
    case when requester_kind = 'employee' then
      case when ucat < 0.18 then 'hardware' when ucat < 0.43 then 'software' when ucat < 0.53 then 'network'
           when ucat < 0.75 then 'access' when ucat < 0.90 then 'email' else 'other' end
    else case when ucat < 0.30 then 'billing' when ucat < 0.55 then 'account' when ucat < 0.85 then 'product'
           when ucat < 0.95 then 'delivery' else 'other' end
    end as category
  from c
), e as (
  select *, channel in ('phone', 'chat', 'walk-in') as live,
    rnd(i, 'first-contact') < least(0.95,
      (case when channel in ('phone', 'chat', 'walk-in') then 0.50 + 0.14 * t else 0.22 + 0.08 * t end)
      * (case when prio <= 2 then 0.3 else 1 end) + (case when type = 'question' then 0.25 else 0 end)) as first_contact
  from d
), f as (
  select *,
    case when first_contact then 0
      else (case when rnd(i, 'reassign') < 0.62 + 0.12 * t then 0 when rnd(i, 'reassign') < 0.92 then 1
                 when rnd(i, 'reassign') < 0.98 then 2 else 3 end) end as reassignment_count,
    case when rnd(i, 'reopen') < (case type when 'incident' then 0.088 - 0.03 * t when 'request' then 0.045 else 0.02 end)
      * (case when first_contact then 0.5 else 1 end)
      then (case when rnd(i, 'reopen-twice') < 0.1 then 2 else 1 end) else 0 end as reopens,
    -- exceptions to office hours: critical incidents are worked around the clock (on-call),
    -- some calls and chats are answered out of hours, and a few tickets are finished in the evening
    prio = 1 as on_call,
    live and rnd(i, 'after-hours') < 0.25 as answered_any_time,
    rnd(i, 'evening') < 0.04 as evening
  from e
), g as (
  -- durations in hours of working time (calendar time when the ticket is worked around the clock)
  select *,
    case when first_contact or live then rlognorm(i, 'frt', 0.05, 0.7)
      when on_call then rlognorm(i, 'frt', 0.25, 0.8)
      else rlognorm(i, 'frt', ${list(FIRST_RESPONSE_HOURS)}[prio] * (1 - 0.35 * t)
        * (case when requester_kind = 'customer' then 1.3 else 1 end), 0.9) end as frt_h,
    case when first_contact then rlognorm(i, 'resolve', 0.15, 0.6)
      else rlognorm(i, 'resolve', (case type when 'incident' then ${list(RESOLVE_HOURS.incident)}[prio]
          when 'request' then ${list(RESOLVE_HOURS.request)}[prio] else ${RESOLVE_HOURS.question} end) * (1 - 0.25 * t), 1.0)
        * (1 + 0.5 * reassignment_count) end as work_h,
    case when reopens > 0 then reopens * rlognorm(i, 'reopen-extra', ${REOPEN_HOURS}, 0.8) else 0 end as reopen_h,
    epoch_us(local_ts(opened_local)) as opened_us
  from f
), k as (
  -- the clocks: working µs of the office calendar at opening, then each step placed on it
  select g.*, o.*, ${officeCum('opened_us')} as open_cum,
    -- whole seconds, as a ticketing system records them
    (frt_h * 3600)::bigint * 1000000 as frt_us, ((work_h + reopen_h) * 3600)::bigint * 1000000 as work_us
  from g, _office o
), m as (
  select *,
    case when on_call or answered_any_time then opened_us + frt_us else ${officeInstant('open_cum + frt_us', 'k')} end as response_us
  from k
), n as (
  select *,
    case when on_call or answered_any_time then ${officeCum('response_us', 'm')} else open_cum + frt_us end as response_cum
  from m
), h as (
  select *, timestamptz '${plan.endInstant}' as data_end,
    make_timestamptz(opened_us) as opened_at,
    make_timestamptz(response_us) as first_response_ts,
    make_timestamptz(case
      when on_call or (answered_any_time and first_contact) then response_us + work_us
      -- stayed late: resolved after closing on the day it would have been
      when evening then ${officeDayEnd('response_cum + work_us', 'n')} + ((0.25 + 3.5 * rnd(i, 'evening-late')) * 3600)::bigint * 1000000
      else ${officeInstant('response_cum + work_us', 'n')} end) as resolved_ts,
    case when rnd(i, 'close') < 0.35 then rlognorm(i, 'close', 4, 0.8) else 72 + rnd(i, 'close-batch') * 2 end as close_h,
    case when type = 'question' then null ${slaCase('incident')} ${slaCase('request')} end as sla_h,
    rlognorm(i, 'handling', case when first_contact then 9 else [28, 22, 12][list_position(['incident', 'request', 'question'], type)] end, 0.6)
      * (1 + 0.5 * reassignment_count) * (1 + 0.8 * least(reopens, 1)) * (1 - 0.15 * t) as handling_minutes
  from n
), z as (
select i,
  (case type when 'incident' then 'INC' when 'request' then 'REQ' else 'QST' end) || lpad((i + 1)::varchar, 8, '0') as id,
  type, requester_kind,
  (case when requester_kind = 'employee' then 'E' else 'C' end)
    || lpad((rint(i, 'requester', ${Math.min(plan.employees, plan.customers)}) + 1)::varchar, 6, '0') as requester_id,
  channel,
  ${JSON.stringify(PRIORITIES).replace(/"/g, "'")}[prio] as priority,
  category,
  case when requester_kind = 'customer' then (case when category = 'billing' then 'Billing' else 'Customer Support' end)
    when first_contact or rnd(i, 'group') < 0.35 or category = 'other' then 'Service Desk'
    else (case category when 'hardware' then 'Field Services' when 'network' then 'Network'
          when 'access' then 'Identity & Access' else 'Applications' end) end as assignment_group,
  opened_at,
  case when first_response_ts < data_end then first_response_ts end as first_response_at,
  case when resolved_ts < data_end then resolved_ts end as resolved_at,
  case when resolved_ts + to_seconds((close_h * 3600)::bigint) < data_end
    then resolved_ts + to_seconds((close_h * 3600)::bigint) end as closed_at,
  first_contact,
  case when resolved_ts < data_end then reopens else 0 end::integer as reopen_count,
  reassignment_count::integer as reassignment_count,
  case when sla_h is not null then opened_at + to_hours(sla_h::bigint) end as sla_due_at,
  round(handling_minutes, 1) as handling_minutes,
  round(handling_minutes * 9.5 + [3, 5, 15, 8, 30][list_position(['portal', 'email', 'phone', 'chat', 'walk-in'], channel)], 2)
    as handling_cost,
  rnd(i, 'on-hold') < 0.2 as on_hold
from h
)
select id, type, requester_kind, requester_id, channel, priority, category, assignment_group,
  case when closed_at is not null then 'closed' when resolved_at is not null then 'resolved'
    when first_response_at is null then 'new' when on_hold then 'on_hold' else 'in_progress' end as state,
  opened_at, first_response_at, resolved_at, closed_at, first_contact, reopen_count, reassignment_count,
  sla_due_at, case when resolved_at is not null and sla_due_at is not null then resolved_at <= sla_due_at end as sla_met,
  handling_minutes, handling_cost
from z;
`;
}
