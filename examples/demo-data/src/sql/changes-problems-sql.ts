import type { DemoPlan } from '../demo-options.js';
import { pick } from './people-sql.js';

/** A weekday office-hours local timestamp on a uniformly drawn day of the period (SQL text). */
function officeTime(plan: DemoPlan, key: string, stream: string): string {
  const day = `(date '${plan.start}' + floor(rnd(${key}, '${stream}-day') * (date '${plan.end}' - date '${plan.start}'))::integer)`;
  // Saturdays and Sundays move to the Monday after, which may be past the end: clamp back a week
  const weekday = `(case isodow(${day}) when 6 then ${day} + 2 when 7 then ${day} + 1 else ${day} end)`;
  const clamped = `(case when ${weekday} >= date '${plan.end}' then ${weekday} - 7 else ${weekday} end)`;
  return `local_ts(${clamped} + to_seconds((8 * 3600 + floor(rnd(${key}, '${stream}-time') * 9 * 3600))::bigint))`;
}

/**
 * `changes` (standard, normal and emergency; close codes) and `problems` (root-cause
 * work behind recurring incidents). One change per 20 tickets, one problem per 100.
 * Change success improves slightly; problem resolution time falls by a third.
 *
 * @example
 * await connection.run(changesProblemsSql(plan));
 */
export function changesProblemsSql(plan: DemoPlan): string {
  const changes = Math.max(24, Math.round(plan.tickets / 20));
  const problems = Math.max(24, Math.round(plan.tickets / 100));
  const end = `timestamptz '${plan.endInstant}'`;
  const t = (expr: string) =>
    `((epoch(${expr}) - epoch(timestamptz '${plan.startInstant}')) / (epoch(${end}) - epoch(timestamptz '${plan.startInstant}')))`;
  return `
create or replace table changes as
with a as (
  select range as i, ${officeTime(plan, 'range', 'change')} as opened_at,
    ${pick("rnd(range, 'change-type')", [
      ['standard', 60],
      ['normal', 34],
      ['emergency', 6],
    ])} as type
  from range(${changes})
), b as (
  select *, opened_at + to_seconds((3600 * case type when 'standard' then rlognorm(i, 'lead', 24, 0.6)
      when 'normal' then rlognorm(i, 'lead', 150, 0.5) else rlognorm(i, 'lead', 2, 0.7) end)::bigint) as planned_start_at,
    rnd(i, 'outcome') < (case type when 'standard' then 0.95 when 'normal' then 0.85 else 0.72 end) + 0.05 * ${t('opened_at')}
      as success,
    rnd(i, 'cancel') < 0.04 as cancelled
  from a
), c as (
  select *, planned_start_at + to_seconds((3600 * rlognorm(i, 'duration', 2, 0.6))::bigint) as planned_end_at from b
), d as (
  select *, planned_end_at + to_seconds((3600 * rlognorm(i, 'review', 20, 0.8))::bigint) as closing_at from c
)
select 'CHG' || lpad((i + 1)::varchar, 7, '0') as id, type,
  ${pick("rnd(i, 'change-category')", [
    ['infrastructure', 30],
    ['application', 35],
    ['network', 15],
    ['security', 10],
    ['database', 10],
  ])} as category,
  case type when 'standard' then 'low' when 'emergency' then 'high'
    else ${pick("rnd(i, 'risk')", [
      ['low', 40],
      ['moderate', 45],
      ['high', 15],
    ])} end as risk,
  ${pick("rnd(i, 'change-group')", [
    ['Network', 15],
    ['Applications', 40],
    ['Infrastructure', 30],
    ['Identity & Access', 15],
  ])} as assignment_group,
  case when cancelled and closing_at < ${end} then 'cancelled' when closing_at < ${end} then 'closed'
    when planned_end_at < ${end} then 'review' when planned_start_at < ${end} then 'implement' else 'scheduled' end as state,
  opened_at, planned_start_at, planned_end_at,
  case when closing_at < ${end} then closing_at end as closed_at,
  case when closing_at >= ${end} or cancelled then null when success then 'successful'
    else ${pick("rnd(i, 'close-code')", [
      ['successful_with_issues', 50],
      ['unsuccessful', 25],
      ['backed_out', 25],
    ])} end as close_code,
  planned_start_at < ${end} and not cancelled and ((not success and rnd(i, 'caused') < 0.4) or rnd(i, 'caused') < 0.01)
    as caused_incident
from d
order by i;

create or replace table problems as
with a as (
  select range as i, ${officeTime(plan, 'range', 'problem')} as opened_at from range(${problems})
), b as (
  select *, rlognorm(i, 'problem-days', 18 * (1 - 0.35 * ${t('opened_at')}), 0.9) as days from a
), c as (
  select *, opened_at + to_seconds((days * 0.6 * 86400)::bigint) as root_cause_ts,
    opened_at + to_seconds((days * 86400)::bigint) as resolved_ts,
    opened_at + to_seconds(((days + 2 + 8 * rnd(i, 'problem-close')) * 86400)::bigint) as closed_ts
  from b
)
select 'PRB' || lpad((i + 1)::varchar, 7, '0') as id,
  ${pick("rnd(i, 'problem-priority')", [
    ['1 - Critical', 5],
    ['2 - High', 25],
    ['3 - Moderate', 50],
    ['4 - Low', 20],
  ])} as priority,
  ${pick("rnd(i, 'problem-category')", [
    ['hardware', 15],
    ['software', 35],
    ['network', 20],
    ['access', 15],
    ['email', 15],
  ])} as category,
  ${pick("rnd(i, 'problem-group')", [
    ['Network', 20],
    ['Applications', 45],
    ['Infrastructure', 25],
    ['Identity & Access', 10],
  ])} as assignment_group,
  case when closed_ts < ${end} then 'closed' when resolved_ts < ${end} then 'resolved'
    when root_cause_ts < ${end} then 'known_error' else 'open' end as state,
  opened_at,
  case when root_cause_ts < ${end} then root_cause_ts end as root_cause_at,
  case when resolved_ts < ${end} then resolved_ts end as resolved_at,
  case when closed_ts < ${end} then closed_ts end as closed_at,
  (1 + floor(rlognorm(i, 'incidents', 3, 0.8)))::integer as incident_count
from c
order by i;
`;
}
