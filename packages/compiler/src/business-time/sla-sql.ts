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

function businessHours(from: Sql, to: Sql, calendar: CalendarModel): Sql {
  const d = sql`${cumulativeMicros(sql`epoch_us(${to})`, calendar)} - ${cumulativeMicros(sql`epoch_us(${from})`, calendar)}`;
  return sql`(case when ${d} < 0 then 0 else ${d} end) / 3600000000.0`;
}

/**
 * Per ticket: business hours to first response and to resolution, net of pauses, the
 * targets of its priority, and whether each was met (null while the clock is still
 * running or the priority has no target). Columns: ticket, priority, response_hours,
 * resolution_hours, response_target, resolution_target, response_met, resolution_met,
 * met (every target the priority has was met), vendor_met. Reads `cal_<calendar>`.
 *
 * @example
 * slaTicketsSql({ id: 'incidents', calendar: seOffice, tickets: 'src_tickets', key: 'id', priority: 'priority',
 *   opened: 'opened_at', responded: 'first_response_at', resolved: 'resolved_at',
 *   targets: { P1: { response: 1, resolution: 8 } } });
 */
export function slaTicketsSql(policy: SlaPolicy): Sql {
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
  return sql`select ticket, priority, response_hours, resolution_hours, response_target, resolution_target,
      response_hours <= response_target as response_met, resolution_hours <= resolution_target as resolution_met,
      case when response_target is null and resolution_target is null then null
           else coalesce(response_hours <= response_target, true) and coalesce(resolution_hours <= resolution_target, true)
                and (response_target is null or response_hours is not null)
                and (resolution_target is null or resolution_hours is not null) end as met,
      vendor_met
    from (select ${t(policy.key)} as ticket, ${t(policy.priority)} as priority,
            ${response} as response_hours, ${resolution} as resolution_hours,
            g.response as response_target, g.resolution as resolution_target,
            ${policy.vendorMet ? t(policy.vendorMet) : sql`null::boolean`} as vendor_met
          from ${sql.table(policy.tickets)} t
          left join (values ${sql.join(targets)}) g(priority, response, resolution) on g.priority = ${t(policy.priority)}
          ${pause(policy.responded, 'pr')} ${pause(policy.resolved, 'px')},
          ${sql.table(calendarRelationName(policy.calendar.id))})`;
}

/**
 * Reconciles the computed verdict with the vendor's flag: one row with `agree`,
 * `disagree`, `we_met_vendor_breached`, `we_breached_vendor_met`, `undecided` (either
 * side null) and up to `examples` example tickets of each kind of disagreement.
 *
 * @example
 * slaReconciliationSql({ ...policy, vendorMet: 'made_sla' });
 * // → { agree: 812, disagree: 9, we_met_vendor_breached: 7, we_breached_vendor_met: 2, … }
 */
export function slaReconciliationSql(policy: SlaPolicy, examples = 5): Sql {
  const example = sql`{'ticket': ticket, 'priority': priority, 'response_hours': round(response_hours, 2), 'resolution_hours': round(resolution_hours, 2)}`;
  return sql`select count(*) filter (where met = vendor_met) as agree,
      count(*) filter (where met <> vendor_met) as disagree,
      count(*) filter (where met and not vendor_met) as we_met_vendor_breached,
      count(*) filter (where not met and vendor_met) as we_breached_vendor_met,
      count(*) filter (where met is null or vendor_met is null) as undecided,
      (list(${example} order by ticket) filter (where met and not vendor_met))[1:${sql.lit(examples)}] as met_but_vendor_breached_examples,
      (list(${example} order by ticket) filter (where not met and vendor_met))[1:${sql.lit(examples)}] as breached_but_vendor_met_examples
    from (${slaTicketsSql(policy)}) s`;
}
