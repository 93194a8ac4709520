import type { DemoPlan } from '../demo-options.js';

/** Scale of each survey question: [min, max]. */
export const SURVEY_SCALES = {
  csat: [1, 5],
  ces: [1, 7],
  nps: [0, 10],
  enps: [0, 10],
  esat: [1, 5],
  engagement: [1, 5],
} as const;

/** A score from cumulative probabilities: `scores[k]` when u < cumulative[k] (SQL text). */
function draw(u: string, scores: readonly number[], cumulative: readonly number[]): string {
  const whens = cumulative.map((c, k) => `when ${u} < ${c} then ${scores[k]}`).join(' ');
  return `case ${whens} else ${scores[scores.length - 1]} end`;
}

/**
 * `survey_responses`: one row per invitation (score and responded_at empty when the
 * person did not answer), so response rates can be read too.
 * - csat after every other resolved ticket (1–5), ces after those of customers (1–7), answered
 *   by about 18 % of employees and 24 % of customers; satisfaction drops after a reopening,
 *   an SLA breach or reassignments, and rises over time;
 * - a relationship nps (0–10) to a third of the customers each month (each customer once
 *   a quarter), about 26 % answer;
 * - an employee pulse each month to a third of the staff with enps (0–10), esat and
 *   engagement (1–5), about 28 % answer; employee sentiment slowly worsens.
 *
 * @example
 * await connection.run(surveysSql(plan)); // after tickets, employees and customer_months
 */
export function surveysSql(plan: DemoPlan): string {
  const end = `timestamptz '${plan.endInstant}'`;
  const t = (expr: string) =>
    `((epoch(${expr}) - epoch(timestamptz '${plan.startInstant}')) / (epoch(${end}) - epoch(timestamptz '${plan.startInstant}')))`;
  const scale = (s: keyof typeof SURVEY_SCALES) =>
    `${SURVEY_SCALES[s][0]} as scale_min, ${SURVEY_SCALES[s][1]} as scale_max`;
  const responded = (p: string, key: string) =>
    `case when rnd(${key}, 'answers') < ${p} and sent_at + to_seconds((3600 * rlognorm(${key}, 'answer-delay', 3, 1.2))::bigint) < ${end}
      then sent_at + to_seconds((3600 * rlognorm(${key}, 'answer-delay', 3, 1.2))::bigint) end`;
  return `
create or replace temp table _ticket_invites as
select id as ticket_id, requester_kind, requester_id, resolved_at + interval 30 minute as sent_at, ${t('opened_at')} as t,
  0.80 + 0.07 * ${t('opened_at')} - 0.30 * (reopen_count > 0)::integer - 0.20 * (coalesce(sla_met, true) = false)::integer
    - 0.05 * reassignment_count as p_good,
  0.55 + 0.10 * ${t('opened_at')} + 0.15 * first_contact::integer - 0.20 * (reopen_count > 0)::integer as p_easy
from tickets where resolved_at is not null and resolved_at + interval 30 minute < ${end}
  -- every other resolved ticket, at random: survey throttling spares requesters survey fatigue
  and rnd(id, 'invite') < 0.5;

-- month-level values once per month, not once per invited person
create or replace temp table _survey_months as
select r.m::date as month, (row_number() over (order by r.m) - 1)::integer as k, strftime(r.m, '%Y-%m') as tag,
  local_ts(r.m::date + 9 + interval 10 hour) as nps_sent_at, local_ts(r.m::date + 14 + interval 9 hour) as pulse_sent_at,
  ${t('local_ts(r.m::date)')} as t
from range(date '${plan.start}', date '${plan.end}', interval 1 month) r(m);

create or replace temp table _pulse as
select e.id, m.tag, m.pulse_sent_at as sent_at, m.t, xor(hash(e.id), m.k::ubigint) as key
from _survey_months m join employees e on e.hired_on <= m.month + 14 and (e.left_on is null or e.left_on >= m.month + 14)
where rint(e.id, 'pulse-group', 3) = m.k % 3;

create or replace table survey_responses as
select 'csat-' || ticket_id as id, 'csat' as survey, requester_kind as respondent_kind, requester_id as respondent_id, ticket_id,
  sent_at, r as responded_at,
  case when r is not null then (case when rnd(ticket_id, 'csat') < p_good then (case when rnd(ticket_id, 'csat-5') < 0.6 then 5 else 4 end)
    else ${draw("rnd(ticket_id, 'csat-low')", [3, 2, 1], [0.5, 0.8])} end) end::integer as score, ${scale('csat')}
from (select *, ${responded("(case when requester_kind = 'customer' then 0.24 else 0.18 end) + 0.03 * t", 'ticket_id')} as r from _ticket_invites)
union all
select 'ces-' || ticket_id, 'ces', requester_kind, requester_id, ticket_id, sent_at, r,
  case when r is not null then (case when rnd(ticket_id, 'ces') < p_easy then (case when rnd(ticket_id, 'ces-7') < 0.5 then 7 else 6 end)
    else ${draw("rnd(ticket_id, 'ces-low')", [5, 4, 3, 2, 1], [0.4, 0.7, 0.85, 0.95])} end) end::integer, ${scale('ces')}
from (select *, ${responded('0.24 + 0.03 * t', 'ticket_id')} as r from _ticket_invites where requester_kind = 'customer')
union all
select 'nps-' || customer_id || '-' || tag, 'nps', 'customer', customer_id, null, sent_at, r,
  case when r is not null then (case
    when rnd(key, 'nps') < 0.42 + 0.08 * t + (case when segment = 'enterprise' then 0.05 else 0 end)
      then (case when rnd(key, 'nps-top') < 0.45 then 9 else 10 end)
    when rnd(key, 'nps') < 0.80 + 0.05 * t then (case when rnd(key, 'nps-mid') < 0.45 then 7 else 8 end)
    else ${draw("rnd(key, 'nps-low')", [6, 5, 4, 3, 2, 1, 0], [0.35, 0.6, 0.75, 0.85, 0.91, 0.96])} end) end::integer, ${scale('nps')}
from (
  select *, ${responded('0.26', 'key')} as r from (
    select c.customer_id, c.segment, m.tag, xor(hash(c.customer_id), m.k::ubigint) as key, m.nps_sent_at as sent_at, m.t
    from customer_months c join _survey_months m on m.month = c.month
    where c.active_at_start and not c.churned and rint(c.customer_id, 'nps-group', 3) = m.k % 3
  ) where sent_at < ${end}
)
union all
select q || '-' || id || '-' || tag, q, 'employee', id, null, sent_at, r,
  case when r is null then null
    when q = 'enps' then (case
      when rnd(key, 'enps') < 0.34 - 0.10 * t then (case when rnd(key, 'enps-top') < 0.55 then 9 else 10 end)
      when rnd(key, 'enps') < 0.76 - 0.18 * t then (case when rnd(key, 'enps-mid') < 0.5 then 7 else 8 end)
      else ${draw("rnd(key, 'enps-low')", [6, 5, 4, 3, 2, 1, 0], [0.35, 0.6, 0.75, 0.85, 0.91, 0.96])} end)
    when q = 'esat' then (case when rnd(key, 'esat') < 0.76 - 0.06 * t then (case when rnd(key, 'esat-5') < 0.4 then 5 else 4 end)
      else ${draw("rnd(key, 'esat-low')", [3, 2, 1], [0.6, 0.88])} end)
    else ${draw("rnd(key, 'engagement') + 0.08 * t", [5, 4, 3, 2, 1], [0.25, 0.67, 0.88, 0.97])}
  end::integer,
  case when q = 'enps' then ${SURVEY_SCALES.enps[0]} else 1 end, case when q = 'enps' then 10 else 5 end
from (
  select *, ${responded('0.28', 'key')} as r from (
    select p.*, q.q from _pulse p cross join (values ('enps'), ('esat'), ('engagement')) q(q)
  )
);
`;
}
