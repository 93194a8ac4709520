import { businessMicros, ticketTimes } from './business-clock.js';
import { type KpiCheck, keyColumn, type Parts, partsByKey } from './catalog-check.js';
import { firstResponseMinutes } from './itsm.js';
import { inDays, inInstants } from './periods.js';
import { npsCheck, percentOf, shareCheck, surveyScores } from './ratio-checks.js';

// The customer experience KPIs (kpis/cx), each worked out from its description in words.

/** Customer-month totals: rows, churned, active at the start, revenue, gross margin. */
const customerMonthParts = (by?: string) => `
  select ${keyColumn(by)}, count(*) as rows, count(*) filter (where churned) as churned,
    count(*) filter (where active_at_start) as active, sum(revenue) as revenue, sum(gross_margin) as margin
  from customer_months`;

export const cxChecks: readonly KpiCheck[] = [
  // % of customers answering 9–10 minus % answering 0–6 to the relationship survey.
  npsCheck('cx.nps', 'nps'),
  // Customer answers of 4 or 5 ÷ all customer answers to the ticket CSAT survey.
  shareCheck(
    'cx.csat',
    'survey_responses',
    'score >= 4',
    "survey = 'csat' and respondent_kind = 'customer' and responded_at is not null",
    'responded_at',
  ),
  // Mean answer 1–7 to the CES 2.0 question.
  { kind: 'rows', id: 'cx.ces', aggregate: 'avg', rows: (ctx, w) => surveyScores(ctx, w, 'ces') },
  // Median office-hours minutes to the first response, customer tickets opened in the period.
  {
    kind: 'rows',
    id: 'cx.frt',
    aggregate: 'median',
    rows: (ctx, w) => firstResponseMinutes(ctx, w, 'customer'),
  },
  // Mean business hours (se-office, waiting time included) from opening to resolution,
  // customer tickets of every type resolved in the period.
  {
    kind: 'rows',
    id: 'cx.art',
    aggregate: 'avg',
    async rows(ctx, w) {
      const tickets = await ticketTimes(
        ctx,
        `requester_kind = 'customer' and resolved_at is not null and ${inInstants('resolved_at', w)}`,
      );
      return tickets.map((t) => ({
        x: businessMicros(ctx.officeCalendar, t.openedUs, t.resolvedUs as number) / 3.6e9,
        dims: t.dims,
      }));
    },
  },
  // Customer sessions solved and not followed by a ticket within 24 h ÷ all customer sessions.
  shareCheck(
    'cx.self-service-success',
    'self_service_sessions',
    "outcome = 'solved' and not ticket_within_24h",
    "requester_kind = 'customer'",
    'started_at',
  ),
  // Customers lost during the month ÷ customers at its start; over several months, lost
  // customers ÷ customer-months at month start.
  {
    kind: 'ratio',
    id: 'cx.churn',
    async parts(ctx, w, by) {
      return partsByKey(
        await ctx.db.query(`${customerMonthParts(by)} where ${inDays('month', w)} group by key`),
      );
    },
    combine: (p: Parts) => percentOf(p.churned ?? 0, p.active ?? 0, p.rows ?? 0),
  },
  // Revenue per customer-month × gross margin rate ÷ monthly churn rate, each a ratio of
  // the period's sums. Numerator: margin per customer-month; denominator: the churn rate.
  {
    kind: 'ratio',
    id: 'cx.clv',
    async parts(ctx, w, by) {
      return partsByKey(
        await ctx.db.query(`${customerMonthParts(by)} where ${inDays('month', w)} group by key`),
      );
    },
    combine: (p) => {
      const rows = p.rows ?? 0;
      const revenue = p.revenue ?? 0;
      const perCustomerMargin = (revenue / rows) * ((p.margin ?? 0) / revenue);
      const churnRate = (p.churned ?? 0) / (p.active ?? 0);
      return {
        value: churnRate === 0 ? null : perCustomerMargin / churnRate,
        sample: rows,
        numerator: perCustomerMargin,
        denominator: churnRate,
      };
    },
  },
];
