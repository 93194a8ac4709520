import type { DemoPlan } from '../demo-options.js';

/** Picks a label by cumulative weights with one uniform draw `u` (SQL text). */
export function pick(u: string, options: readonly (readonly [string, number])[]): string {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let cumulative = 0;
  const whens = options.slice(0, -1).map(([label, w]) => {
    cumulative += w / total;
    return `when ${u} < ${cumulative.toFixed(6)} then '${label}'`;
  });
  return `case ${whens.join(' ')} else '${options[options.length - 1]?.[0]}' end`;
}

export const DEPARTMENTS = [
  ['IT', 12],
  ['HR', 5],
  ['Finance', 8],
  ['Sales', 15],
  ['Customer Service', 20],
  ['Operations', 22],
  ['R&D', 13],
  ['Marketing', 5],
] as const;

/** Months since the start as a fraction of a month, from a date expression (SQL text). */
const monthsSince = (plan: DemoPlan, expr: string) => `((${expr}) - date '${plan.start}') / 30.436875`;

/**
 * Leave date from a linearly rising monthly hazard a + b·τ (τ months since the start):
 * with E = −ln(u) the cumulative hazard still to spend after τ0, the leave time solves
 * bτ²/2 + aτ = aτ0 + bτ0²/2 + E. Null when it falls after the end of the data.
 */
function hazardDate(plan: DemoPlan, key: string, stream: string, from: string, a: number, b: number): string {
  const tau0 = `greatest(${monthsSince(plan, from)}, 0)`;
  const target = `(${a} * ${tau0} + ${b / 2} * ${tau0} * ${tau0} - ln(greatest(rnd(${key}, '${stream}'), 1e-12)))`;
  const tau = `((-${a} + sqrt(${a * a} + ${2 * b} * ${target})) / ${b})`;
  const day = `greatest(date '${plan.start}' + floor(${tau} * 30.436875)::integer, ${from})`;
  return `case when ${day} < date '${plan.end}' then ${day} end`;
}

/**
 * `employees` (hire and leave dates, leave reason, department) and the monthly
 * `headcount` per department that turnover is computed from. Monthly attrition rises
 * from 0.9 % to 1.3 % over the period (turnover worsens: the HR scorecard shows it).
 *
 * @example
 * await connection.run(employeesSql(plan));
 */
export function employeesSql(plan: DemoPlan): string {
  const hires = Math.round(plan.employees * 0.15 * (plan.months / 12));
  const days = `(date '${plan.end}' - date '${plan.start}')`;
  return `
create or replace table employees as
with e as (
  select range as i, range < ${plan.employees} as initial from range(${plan.employees + hires})
), f as (
  select i,
    case when initial then date '${plan.start}' - (1 + floor(rlognorm(i, 'tenure', 1400, 0.9)))::integer
      else date_trunc('week', date '${plan.start}' + floor(rnd(i, 'hire') * ${days})::integer)::date end as h
  from e
), g as (
  select i, greatest(h, date '1990-01-01') as hired_on from f
)
select 'E' || lpad((i + 1)::varchar, 6, '0') as id,
  ${pick("rnd(i, 'department')", DEPARTMENTS)} as department,
  ${pick("rnd(i, 'location')", [
    ['Stockholm', 50],
    ['Göteborg', 25],
    ['Malmö', 15],
    ['Umeå', 10],
  ])} as location,
  case when rnd(i, 'employment') < 0.88 then 'permanent' else 'fixed_term' end as employment_type,
  hired_on,
  ${hazardDate(plan, 'i', 'leave', 'hired_on', 0.009, 0.004 / plan.months)} as left_on,
  case when left_on is null then null
    when rnd(i, 'employment') >= 0.88 and rnd(i, 'reason') < 0.6 then 'end_of_contract'
    else ${pick("rnd(i, 'reason-kind')", [
      ['resignation', 75],
      ['retirement', 10],
      ['dismissal', 8],
      ['other', 7],
    ])} end
    as leave_reason
from g
order by i;

create or replace table headcount as
with m as (
  select r.m::date as month, (r.m + interval 1 month - interval 1 day)::date as last_day
  from range(date '${plan.start}', date '${plan.end}', interval 1 month) r(m)
)
select m.month, e.department,
  count(*) filter (where e.hired_on <= m.month and (e.left_on is null or e.left_on >= m.month))::integer as headcount_start,
  count(*) filter (where e.hired_on <= m.last_day and (e.left_on is null or e.left_on >= m.last_day))::integer as headcount_end,
  count(*) filter (where e.hired_on between m.month and m.last_day)::integer as hires,
  count(*) filter (where e.left_on between m.month and m.last_day)::integer as leavers,
  count(*) filter (where e.left_on between m.month and m.last_day and e.leave_reason in ('resignation', 'retirement'))::integer
    as voluntary_leavers
from m join employees e on e.hired_on <= m.last_day and (e.left_on is null or e.left_on >= m.month)
group by all
order by m.month, e.department;
`;
}

/**
 * `customers` (start and churn dates, segment) and `customer_months`, one row per
 * customer and month with revenue and gross margin: the grain churn and CLV are
 * recomputed from. Monthly churn rises from 1.3 % to 1.9 % (enterprise customers half that).
 *
 * @example
 * await connection.run(customersSql(plan));
 */
export function customersSql(plan: DemoPlan): string {
  const signups = Math.round(plan.customers * 0.025 * plan.months);
  const days = `(date '${plan.end}' - date '${plan.start}')`;
  return `
create or replace table customers as
with c as (
  select range as i, range < ${plan.customers} as initial from range(${plan.customers + signups})
), d as (
  select i,
    case when initial then date '${plan.start}' - (1 + floor(rlognorm(i, 'age', 900, 1.0)))::integer
      else date '${plan.start}' + floor(rnd(i, 'signup') * ${days})::integer end as started_on,
    ${pick("rnd(i, 'segment')", [
      ['enterprise', 10],
      ['mid-market', 30],
      ['small', 60],
    ])} as segment
  from c
)
select 'C' || lpad((i + 1)::varchar, 6, '0') as id, segment,
  ${pick("rnd(i, 'region')", [
    ['Sverige', 70],
    ['Norden', 20],
    ['Europa', 10],
  ])} as region,
  started_on,
  ${hazardDate(plan, 'i', 'churn', 'started_on', 0.013, 0.006 / plan.months)} as _churn,
  case segment when 'enterprise' then rlognorm(i, 'fee', 60000, 0.5) when 'mid-market' then rlognorm(i, 'fee', 15000, 0.5)
    else rlognorm(i, 'fee', 3000, 0.6) end as _fee,
  0.52 + 0.2 * rnd(i, 'margin') as _margin
from d
order by i;

-- enterprise customers churn at half the rate: a second draw keeps half of their churn dates
update customers set _churn = null
where _churn is not null and segment = 'enterprise' and rnd(id, 'churn-thin') < 0.5;
alter table customers rename column _churn to churned_on;

create or replace temp table _customer_terms as select id, _fee as fee, _margin as margin from customers;
alter table customers drop column _fee;
alter table customers drop column _margin;

create or replace table customer_months as
with m as (
  select r.m::date as month, (r.m + interval 1 month)::date as next,
    ((r.m::date - date '${plan.start}') / 30.436875) as tau
  from range(date '${plan.start}', date '${plan.end}', interval 1 month) r(m)
), j as (
  select m.month, m.next, m.tau, c.id, c.segment, c.started_on, c.churned_on, t.fee, t.margin
  from m join customers c on c.started_on < m.next and (c.churned_on is null or c.churned_on >= m.month)
  join _customer_terms t on t.id = c.id
)
select month, customer_id, segment, active_at_start, new_customer, churned, revenue,
  round(revenue * margin, 2) as gross_margin
from (
select month, id as customer_id, segment, margin,
  started_on < month as active_at_start,
  started_on >= month as new_customer,
  coalesce(churned_on < next, false) as churned,
  round(fee * (least(coalesce(churned_on + 1, next), next) - greatest(started_on, month)) / (next - month)
    * (1 + 0.004 * tau) * (0.9 + 0.2 * rnd(concat(id, month), 'revenue')), 2) as revenue
from j
);
`;
}
