import { businessMicros, slaTickets, ticketTimes } from './business-clock.js';
import { type CheckContext, type KpiCheck, keyColumn, partsByKey, type RowValue } from './catalog-check.js';
import { inInstants, type Window } from './periods.js';
import { percentOf, shareCheck } from './ratio-checks.js';

// The IT service management KPIs (kpis/itsm), each worked out from its description in
// words: plain SQL over the raw demo tables, business time row by row in TypeScript.

/** Office-hours minutes from opening to the first response, tickets opened in the window. */
export async function firstResponseMinutes(ctx: CheckContext, w: Window, who?: string): Promise<RowValue[]> {
  const requester = who === undefined ? '' : ` and requester_kind = '${who}'`;
  const tickets = await ticketTimes(
    ctx,
    `first_response_at is not null${requester} and ${inInstants('opened_at', w)}`,
  );
  return tickets.map((t) => ({
    x: businessMicros(ctx.officeCalendar, t.openedUs, t.respondedUs as number) / 6e7,
    dims: t.dims,
  }));
}

/** Net business hours to resolution (the SLA policy's clock) of one ticket type. */
async function resolutionHours(ctx: CheckContext, w: Window, type: string): Promise<RowValue[]> {
  const tickets = await slaTickets(ctx, w);
  return tickets.filter((t) => t.dims.type === type).map((t) => ({ x: t.resolutionHours, dims: t.dims }));
}

export const itsmChecks: readonly KpiCheck[] = [
  // Median office-hours minutes to the first response, over tickets opened in the period.
  { kind: 'rows', id: 'itsm.frt', aggregate: 'median', rows: (ctx, w) => firstResponseMinutes(ctx, w) },
  // The mean of the same.
  { kind: 'rows', id: 'itsm.afrt', aggregate: 'avg', rows: (ctx, w) => firstResponseMinutes(ctx, w) },
  // Resolved at first contact, never reassigned, never reopened ÷ all resolved in the period.
  shareCheck(
    'itsm.fcr',
    'tickets',
    'first_contact and reassignment_count = 0 and reopen_count = 0',
    'resolved_at is not null',
    'resolved_at',
  ),
  // Mean and median net business hours to resolve, incidents resolved in the period.
  { kind: 'rows', id: 'itsm.mttr', aggregate: 'avg', rows: (ctx, w) => resolutionHours(ctx, w, 'incident') },
  {
    kind: 'rows',
    id: 'itsm.mttr-median',
    aggregate: 'median',
    rows: (ctx, w) => resolutionHours(ctx, w, 'incident'),
  },
  // Incidents reopened at least once ÷ incidents resolved in the period.
  shareCheck(
    'itsm.reopen-rate',
    'tickets',
    'reopen_count > 0',
    "type = 'incident' and resolved_at is not null",
    'resolved_at',
  ),
  // Mean net business hours to fulfil, service requests resolved in the period.
  {
    kind: 'rows',
    id: 'itsm.request-fulfillment-time',
    aggregate: 'avg',
    rows: (ctx, w) => resolutionHours(ctx, w, 'request'),
  },
  // Tickets that met both targets ÷ tickets resolved in the period whose verdict is decided.
  {
    kind: 'ratio',
    id: 'itsm.sla-compliance',
    async parts(ctx, w, by) {
      const out = new Map<string, { hits: number; rows: number }>();
      for (const t of await slaTickets(ctx, w)) {
        if (t.met === null) continue;
        const key = by === undefined ? '' : (t.dims[by] ?? '');
        const parts = out.get(key) ?? { hits: 0, rows: 0 };
        out.set(key, { hits: parts.hits + (t.met ? 1 : 0), rows: parts.rows + 1 });
      }
      return out;
    },
    combine: (p) => percentOf(p.hits ?? 0, p.rows ?? 0),
  },
  // Handling cost of the tickets resolved in the period ÷ their number.
  {
    kind: 'ratio',
    id: 'itsm.cost-per-ticket',
    async parts(ctx, w, by) {
      return partsByKey(
        await ctx.db.query(`
          select ${keyColumn(by)}, sum(handling_cost) as cost, count(*) as rows
          from tickets where resolved_at is not null and ${inInstants('resolved_at', w)} group by key`),
      );
    },
    combine: (p) => {
      const cost = p.cost ?? 0;
      const rows = p.rows ?? 0;
      return { value: rows === 0 ? null : cost / rows, sample: rows, numerator: cost, denominator: rows };
    },
  },
  // Answers of 4 or 5 ÷ all answers to the ticket CSAT survey received in the period.
  shareCheck(
    'itsm.csat',
    'survey_responses',
    'score >= 4',
    "survey = 'csat' and responded_at is not null",
    'responded_at',
  ),
  // Changes closed 'successful' ÷ changes closed with any close code in the period.
  shareCheck(
    'itsm.change-success',
    'changes',
    "close_code = 'successful'",
    'close_code is not null',
    'closed_at',
  ),
  // Mean calendar days (exact fractions) from opening to resolution, problems resolved in the period.
  {
    kind: 'rows',
    id: 'itsm.problem-resolution-time',
    aggregate: 'avg',
    async rows(ctx, w) {
      const rows = await ctx.db.query(`
        select (epoch(resolved_at) - epoch(opened_at)) / 86400 as days, priority, assignment_group
        from problems where resolved_at is not null and ${inInstants('resolved_at', w)}`);
      return rows.map((r) => ({
        x: Number(r.days),
        dims: { priority: String(r.priority), assignment_group: String(r.assignment_group) },
      }));
    },
  },
];
