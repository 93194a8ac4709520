import { businessTimeReference, type CalendarModel } from '@nyckeltal/spec';
import { type CheckContext, num } from './catalog-check.js';
import { inInstants, type Window } from './periods.js';

/**
 * Business time the slow, obvious way: spec's TypeScript reference walks every local day
 * of the interval and adds up its overlap with the calendar's working hours. It shares no
 * code with the SQL the compiler generates (list lookups on a laid-out calendar), so a
 * value computed with it checks that SQL independently.
 *
 * Exact to the microsecond, as the SQL is: the reference takes instants as seconds in a
 * double, which near 2026 only resolves about 0.2 µs, and the demo's timestamps carry
 * microseconds. So it is asked about whole seconds only, and each end's sub-second rest
 * is added back when that second is working time (working hours start and end on whole
 * minutes, so a second is wholly inside them or wholly outside).
 *
 * @example
 * // Friday 2 Oct 2026 14:59:59.5 (Friday hours end at 15:00) → Monday 5 Oct 08:00:01, CEST
 * businessMicros(seOffice, 1790945999500000, 1791180001000000); // 1_500_000 (0.5 s + 1 s)
 */
export function businessMicros(cal: CalendarModel, fromUs: number, untilUs: number): number {
  if (!(untilUs > fromUs)) return 0;
  const wholeFrom = Math.floor(fromUs / 1e6);
  const wholeUntil = Math.floor(untilUs / 1e6);
  const working = (second: number) => businessTimeReference(cal, second, second + 1).seconds === 1;
  const whole = businessTimeReference(cal, wholeFrom, wholeUntil).seconds * 1e6;
  const fromRest = fromUs - wholeFrom * 1e6;
  const untilRest = untilUs - wholeUntil * 1e6;
  return whole - (working(wholeFrom) ? fromRest : 0) + (working(wholeUntil) ? untilRest : 0);
}

/** A ticket with the fields breakdowns use and its timestamps as epoch microseconds. */
export interface TicketTimes {
  readonly id: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly openedUs: number;
  readonly respondedUs: number | null;
  readonly resolvedUs: number | null;
}

const DIMS = ['type', 'priority', 'assignment_group', 'channel', 'category', 'requester_kind'] as const;

/**
 * Tickets matching a plain SQL condition, with their timestamps.
 *
 * @example
 * await ticketTimes(ctx, "requester_kind = 'customer' and resolved_at is not null");
 */
export async function ticketTimes(ctx: CheckContext, where: string): Promise<TicketTimes[]> {
  const rows = await ctx.db.query(`
    select id, ${DIMS.join(', ')}, epoch_us(opened_at) as opened_us,
      epoch_us(first_response_at) as responded_us, epoch_us(resolved_at) as resolved_us
    from tickets where ${where}`);
  return rows.map((r) => ({
    id: String(r.id),
    dims: Object.fromEntries(DIMS.map((d) => [d, String(r[d])])),
    openedUs: num(r.opened_us),
    respondedUs: r.responded_us === null ? null : num(r.responded_us),
    resolvedUs: r.resolved_us === null ? null : num(r.resolved_us),
  }));
}

/**
 * The resolution and response targets of kpis/slas/service-desk-sla.yaml, in business
 * hours, copied by hand: a changed policy must fail here until someone re-checks it.
 */
const SLA_TARGETS: Readonly<Record<string, { response: number; resolution: number }>> = {
  '1 - Critical': { response: 0.5, resolution: 2 },
  '2 - High': { response: 1, resolution: 4 },
  '3 - Moderate': { response: 4, resolution: 8 },
  '4 - Low': { response: 8, resolution: 16 },
};

/** A ticket under the service-desk SLA with its two clocks, worked out row by row. */
export interface SlaTicket extends TicketTimes {
  /** Business hours opened → resolved, less business hours in "Awaiting user info" inside. */
  readonly resolutionHours: number;
  /** The same for opened → first response; null when there was no response. */
  readonly responseHours: number | null;
  /** Both targets met; null while the response clock has not stopped. */
  readonly met: boolean | null;
}

/**
 * Tickets of the service-desk SLA (incidents and requests) resolved in the window, with
 * their clocks. A pause runs from a status change into "Awaiting user info" to the
 * ticket's next status change (public replies and reassignments change no status), or to
 * the end of the clock when no status change follows; only its business time inside the
 * clock's own interval counts.
 */
export function slaTickets(ctx: CheckContext, w: Window): Promise<SlaTicket[]> {
  // Four KPIs read the same clocks; work them out once per window.
  const cached = slaCache.get(ctx)?.get(w.key);
  if (cached) return cached;
  const computed = computeSlaTickets(ctx, w);
  const perWindow = slaCache.get(ctx) ?? new Map<string, Promise<SlaTicket[]>>();
  perWindow.set(w.key, computed);
  slaCache.set(ctx, perWindow);
  return computed;
}

const slaCache = new WeakMap<CheckContext, Map<string, Promise<SlaTicket[]>>>();

async function computeSlaTickets(ctx: CheckContext, w: Window): Promise<SlaTicket[]> {
  const scope = `type in ('incident', 'request') and ${inInstants('resolved_at', w)}`;
  const tickets = await ticketTimes(ctx, scope);
  const pauseRows = await ctx.db.query(`
    with status_changes as (
      select ticket_id, to_status, event_at,
        lead(event_at) over (partition by ticket_id order by seq) as next_change_at
      from ticket_events
      where to_status is not null
    )
    select ticket_id, epoch_us(event_at) as from_us, epoch_us(next_change_at) as until_us
    from status_changes
    where to_status = 'Awaiting user info' and ticket_id in (select id from tickets where ${scope})`);
  const pauses = new Map<string, { fromUs: number; untilUs: number | null }[]>();
  for (const r of pauseRows) {
    const list = pauses.get(String(r.ticket_id)) ?? [];
    list.push({ fromUs: num(r.from_us), untilUs: r.until_us === null ? null : num(r.until_us) });
    pauses.set(String(r.ticket_id), list);
  }
  const cal = ctx.officeCalendar;
  const netHours = (t: TicketTimes, stopUs: number): number => {
    let paused = 0;
    for (const p of pauses.get(t.id) ?? []) {
      const from = Math.max(p.fromUs, t.openedUs);
      const until = Math.min(p.untilUs ?? stopUs, stopUs);
      paused += businessMicros(cal, from, until);
    }
    return (businessMicros(cal, t.openedUs, stopUs) - paused) / 3.6e9;
  };
  return tickets.map((t) => {
    const target = SLA_TARGETS[t.dims.priority ?? ''];
    if (!target || t.resolvedUs === null) throw new Error(`unexpected ticket ${t.id} in the SLA scope`);
    const resolutionHours = netHours(t, t.resolvedUs);
    const responseHours = t.respondedUs === null ? null : netHours(t, t.respondedUs);
    const met =
      responseHours === null
        ? null
        : responseHours <= target.response && resolutionHours <= target.resolution;
    return { ...t, resolutionHours, responseHours, met };
  });
}
