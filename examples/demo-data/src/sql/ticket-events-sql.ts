import type { DemoPlan } from '../demo-options.js';
import { officeCum, officeInstant } from './office-hours-sql.js';

/**
 * SQL for the instant a share `frac` of a ticket's working span has passed: in working
 * time of the office calendar, or in calendar time for a ticket worked around the clock
 * (or one whose whole span lies outside office hours). Reads `_timeline` columns and
 * `_office` as `o`.
 */
function along(frac: string): string {
  // the share as DOUBLE: 0.55 is a DECIMAL literal, and DECIMAL products are ~20× slower
  // in whole seconds, as a ticketing system records them
  return `make_timestamptz(case when around_the_clock then a_us + (span_us * (${frac})::double / 1e6)::bigint * 1000000
    else ${officeInstant(`a_cum + (work_span * (${frac})::double / 1e6)::bigint * 1000000`)} end)`;
}

/**
 * The `ticket_events` table: each ticket's history as status changes, public replies
 * and reassignments, derived from the ticket row so the two always agree. The timeline
 * of a ticket is laid out on fixed fractions of its span S (first response → resolved)
 * in office working time, so agents act in office hours (critical incidents, worked
 * around the clock, in calendar time): reassignments in the first half, a pause
 * "Awaiting user info" at 55–65 %, earlier resolutions and reopenings at 70 %, 80 %,
 * then the final resolution and the closure. `seq` numbers the events of a ticket in time order, without gaps.
 *
 * @example
 * await connection.run(ticketEventsSql(plan)); // after ticketsSql
 */
export function ticketEventsSql(plan: DemoPlan): string {
  void plan;
  return `
create or replace temp table _timeline as
  select * exclude (prio, b_us), (prio = '1 - Critical' or work_span <= 0) as around_the_clock from (
    select s.*, ${officeCum('b_us')} - a_cum as work_span from (
      select id, opened_at, first_response_at, resolved_at, closed_at, priority as prio,
        reassignment_count as n, reopen_count as r,
        (resolved_at is not null and not first_contact and rnd(id, 'pause') < 0.25)::integer as paused,
        coalesce(first_response_at, opened_at) as a,
        -- epoch_us differences: subtracting TIMESTAMPTZ values goes through the (slow) calendar code
        epoch_us(coalesce(resolved_at, least(opened_at + to_hours(168), timestamptz '${plan.endInstant}' - to_seconds(1))))
          as b_us,
        epoch_us(coalesce(first_response_at, opened_at)) as a_us,
        b_us - a_us as span_us,
        ${officeCum('a_us')} as a_cum
      from tickets, _office o
    ) s, _office o
  );

create or replace table ticket_events as
with t as (select * from _timeline), e as (
  select id as ticket_id, 1 as seq, opened_at as event_at, 'status_change' as kind, null as from_status, 'New' as to_status, 'requester' as actor from t
  union all
  select id, 2, first_response_at, 'public_reply', null, null, 'agent' from t where first_response_at is not null
  union all
  select id, 3, first_response_at, 'status_change', 'New', 'In progress', 'agent' from t where first_response_at is not null
  union all
  select id, 4 + k, ${along('0.5 * (k + 1) / (n + 1)')}, 'reassignment', null, null, 'agent'
  from (select *, unnest(range(n)) as k from t where n > 0 and first_response_at is not null), _office o
  union all
  select id, 4 + n + j, ${along('[0.55, 0.55, 0.65, 0.65][j + 1]')},
    ['status_change', 'public_reply', 'public_reply', 'status_change'][j + 1],
    ['In progress', null, null, 'Awaiting user info'][j + 1], ['Awaiting user info', null, null, 'In progress'][j + 1],
    ['agent', 'agent', 'requester', 'requester'][j + 1]
  from (select *, unnest(range(4)) as j from t where paused = 1), _office o
  union all
  select id, 4 + n + 4 * paused + j, ${along('0.7 + 0.1 * (j // 2) + 0.02 * (j % 2)')},
    'status_change', ['In progress', 'Resolved'][j % 2 + 1], ['Resolved', 'In progress'][j % 2 + 1],
    ['agent', 'requester'][j % 2 + 1]
  from (select *, unnest(range(2 * r)) as j from t where r > 0), _office o
  union all
  select id, 4 + n + 4 * paused + 2 * r, resolved_at, 'status_change', 'In progress', 'Resolved', 'agent' from t where resolved_at is not null
  union all
  select id, 5 + n + 4 * paused + 2 * r, closed_at, 'status_change', 'Resolved', 'Closed', 'system' from t where closed_at is not null
)
select ticket_id, seq::integer as seq, event_at, kind, from_status, to_status, actor from e;
drop table _timeline;
`;
}
