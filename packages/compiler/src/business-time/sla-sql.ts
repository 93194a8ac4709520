import type { CalendarModel } from '@nyckeltal/spec';
import { sql } from 'kysely';
import type { Sql } from '../measure/expr-context.js';
import { cumulativeMicros } from './business-time-sql.js';
import { calendarRelationName } from './calendar-relation-name.js';
import { type PauseClock, pausedTimeSql } from './pause-clock-sql.js';

/** Response and resolution targets of one priority, in business hours. */
export interface SlaTarget {
  readonly response?: number;
  readonly resolution?: number;
}

/**
 * An SLA policy computed from first principles: clocks start when a ticket opens and
 * stop at its first response and at its resolution, counted in the calendar's business
 * hours, less the time spent in the pause clock's states inside each interval.
 */
export interface SlaPolicy {
  readonly id: string;
  readonly calendar: CalendarModel;
  /** The tickets relation, e.g. 'src_tickets', and its columns. */
  readonly tickets: string;
  /** A condition on the tickets' columns: which tickets the policy covers; absent = all. */
  readonly where?: Sql;
  readonly key: string;
  readonly priority: string;
  readonly opened: string;
  readonly responded?: string;
  readonly resolved: string;
  /** Priority value → targets. */
  readonly targets: Readonly<Record<string, SlaTarget>>;
  /** Pause states from a status history; the clock runs in the policy's calendar. */
  readonly pauses?: Omit<PauseClock, 'calendar'>;
  /** A boolean column holding the vendor's own verdict (true = SLA met), to reconcile with. */
  readonly vendorMet?: string;
}

/** The tickets the policy covers; its condition may use business time in the policy's calendar. */
function covered(policy: SlaPolicy): Sql {
  if (!policy.where) return sql.table(policy.tickets);
  const cal = sql.table(calendarRelationName(policy.calendar.id));
  return sql`(select w.* from ${sql.table(policy.tickets)} w, ${cal} where ${policy.where})`;
}

function businessHours(from: Sql, to: Sql, calendar: CalendarModel): Sql {
  const d = sql`${cumulativeMicros(sql`epoch_us(${to})`, calendar)} - ${cumulativeMicros(sql`epoch_us(${from})`, calendar)}`;
  return sql`(case when ${d} < 0 then 0 else ${d} end) / 3600000000.0`;
}

/**
 * Every column of the tickets relation (the tickets `where` covers), then the SLA clocks: `response_hours`,
 * `resolution_hours` (business hours net of pauses; null while the clock runs),
 * `paused_hours` (business hours paused between opening and resolution),
 * `response_target`, `resolution_target` (the priority's; null when it has none),
 * `response_met`, `resolution_met` and `met` (every target the priority has was met;
 * null while a clock runs or the priority has no target). One row per ticket row,
 * in no particular order. This is the relation an SLA policy's derived source reads.
 * Reads `cal_<calendar>`; the tickets must have no columns of those names.
 *
 * @example
 * slaClocksSql({ id: 'incidents', calendar: seOffice, tickets: 'src_tickets', key: 'id', priority: 'priority',
 *   opened: 'opened_at', responded: 'first_response_at', resolved: 'resolved_at',
 *   targets: { P1: { response: 1, resolution: 8 } } });
 */
export function slaClocksSql(policy: SlaPolicy): Sql {
  const targets = Object.entries(policy.targets).map(
    ([p, t]) => sql`(${p}, ${t.response ?? null}::double, ${t.resolution ?? null}::double)`,
  );
  const t = (column: string) => sql`t.${sql.ref(column)}`;
  const pause = (to: string | undefined, alias: string) =>
    policy.pauses && to
      ? sql`left join (${pausedTimeSql({ ...policy.pauses, calendar: policy.calendar }, { tickets: policy.tickets, key: policy.key, from: policy.opened, to })}) ${sql.raw(alias)} on ${sql.raw(alias)}.ticket = ${t(policy.key)}`
      : sql``;
  const paused = (alias: string, on: boolean) =>
    on ? sql`coalesce(${sql.raw(alias)}.paused_seconds, 0) / 3600.0` : sql`0`;
  const response = policy.responded
    ? sql`${businessHours(t(policy.opened), t(policy.responded), policy.calendar)} - ${paused('pr', !!policy.pauses)}`
    : sql`null::double`;
  const resolution = sql`${businessHours(t(policy.opened), t(policy.resolved), policy.calendar)} - ${paused('px', !!policy.pauses)}`;
  return sql`select *,
      response_hours <= response_target as response_met, resolution_hours <= resolution_target as resolution_met,
      case when response_target is null and resolution_target is null then null
           when (response_target is not null and response_hours is null)
             or (resolution_target is not null and resolution_hours is null) then null
           else coalesce(response_hours <= response_target, true) and coalesce(resolution_hours <= resolution_target, true)
           end as met
    from (select t.*, ${response} as response_hours, ${resolution} as resolution_hours,
            ${paused('px', !!policy.pauses)} as paused_hours,
            g.response as response_target, g.resolution as resolution_target
          from ${covered(policy)} t
          left join (values ${sql.join(targets)}) g(priority, response, resolution)
            on g.priority = cast(${t(policy.priority)} as varchar)
          ${pause(policy.responded, 'pr')} ${pause(policy.resolved, 'px')},
          ${sql.table(calendarRelationName(policy.calendar.id))})`;
}

/**
 * Per ticket: business hours to first response and to resolution, net of pauses, the
 * targets of its priority, and whether each was met (see {@link slaClocksSql}). Columns:
 * ticket, priority, response_hours, resolution_hours, response_target, resolution_target,
 * response_met, resolution_met, met, vendor_met.
 *
 * @example
 * slaTicketsSql({ id: 'incidents', calendar: seOffice, tickets: 'src_tickets', key: 'id', priority: 'priority',
 *   opened: 'opened_at', responded: 'first_response_at', resolved: 'resolved_at',
 *   targets: { P1: { response: 1, resolution: 8 } } });
 */
export function slaTicketsSql(policy: SlaPolicy): Sql {
  const vendor = policy.vendorMet ? sql`c.${sql.ref(policy.vendorMet)}` : sql`null::boolean`;
  return sql`select c.${sql.ref(policy.key)} as ticket, c.${sql.ref(policy.priority)} as priority,
      response_hours, resolution_hours, response_target, resolution_target, response_met, resolution_met, met,
      ${vendor} as vendor_met
    from (${slaClocksSql(policy)}) c`;
}

/**
 * Reconciles the computed verdict with the vendor's flag: one row with `agree`,
 * `disagree`, `we_met_vendor_breached`, `we_breached_vendor_met`, `undecided` (either
 * side null) and up to `examples` example tickets of each kind of disagreement
 * (ticket, priority, hours and targets), the first by ticket.
 *
 * @example
 * slaReconciliationSql({ ...policy, vendorMet: 'made_sla' });
 * // → { agree: 812, disagree: 9, we_met_vendor_breached: 7, we_breached_vendor_met: 2, … }
 */
export function slaReconciliationSql(policy: SlaPolicy, examples = 5): Sql {
  const example = sql`{'ticket': ticket::varchar, 'priority': priority::varchar,
    'response_hours': round(response_hours, 2), 'response_target': response_target,
    'resolution_hours': round(resolution_hours, 2), 'resolution_target': resolution_target}`;
  return sql`select count(*) filter (where met = vendor_met) as agree,
      count(*) filter (where met <> vendor_met) as disagree,
      count(*) filter (where met and not vendor_met) as we_met_vendor_breached,
      count(*) filter (where not met and vendor_met) as we_breached_vendor_met,
      count(*) filter (where met is null or vendor_met is null) as undecided,
      (list(${example} order by ticket) filter (where met and not vendor_met))[1:${sql.lit(examples)}] as met_but_vendor_breached_examples,
      (list(${example} order by ticket) filter (where not met and vendor_met))[1:${sql.lit(examples)}] as breached_but_vendor_met_examples
    from (${slaTicketsSql(policy)}) s`;
}
