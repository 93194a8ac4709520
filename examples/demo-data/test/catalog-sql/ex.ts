import { type KpiCheck, keyColumn, type Parts, partsByKey } from './catalog-check.js';
import { firstResponseMinutes } from './itsm.js';
import { inDays } from './periods.js';
import { npsCheck, shareCheck, surveyScores } from './ratio-checks.js';

// The employee experience KPIs (kpis/ex), each worked out from its description in words.

export const exChecks: readonly KpiCheck[] = [
  // Mean answer 1–5 to the engagement pulse question, answers received in the period.
  {
    kind: 'rows',
    id: 'ex.engagement',
    aggregate: 'avg',
    rows: (ctx, w) => surveyScores(ctx, w, 'engagement'),
  },
  // % of employee answers 9–10 minus % answering 0–6.
  npsCheck('ex.enps', 'enps'),
  // Employee answers of 4 or 5 ÷ all employee answers to the ESAT question.
  shareCheck(
    'ex.esat',
    'survey_responses',
    'score >= 4',
    "survey = 'esat' and responded_at is not null",
    'responded_at',
  ),
  // Median office-hours minutes to the first response, employee tickets opened in the period.
  {
    kind: 'rows',
    id: 'ex.frt',
    aggregate: 'median',
    rows: (ctx, w) => firstResponseMinutes(ctx, w, 'employee'),
  },
  // (agreed minutes − unplanned downtime) ÷ agreed minutes, summed over services and days
  // with agreed minutes; planned downtime does not count.
  {
    kind: 'ratio',
    id: 'ex.service-availability',
    async parts(ctx, w, by) {
      return partsByKey(
        await ctx.db.query(`
          select ${keyColumn(by)}, sum(agreed_minutes) as agreed,
            sum(unplanned_downtime_minutes) as unplanned, count(*) as rows
          from service_availability where agreed_minutes > 0 and ${inDays('day', w)} group by key`),
      );
    },
    combine: (p: Parts) => {
      const agreed = p.agreed ?? 0;
      const up = agreed - (p.unplanned ?? 0);
      return { value: (100 * up) / agreed, sample: p.rows ?? 0, numerator: up, denominator: agreed };
    },
  },
  // Active users ÷ licensed users, summed over systems and months.
  {
    kind: 'ratio',
    id: 'ex.system-adoption',
    async parts(ctx, w, by) {
      return partsByKey(
        await ctx.db.query(`
          select ${keyColumn(by)}, sum(active_users) as active, sum(licensed_users) as licensed, count(*) as rows
          from system_usage where ${inDays('month', w)} group by key`),
      );
    },
    combine: (p) => {
      const active = p.active ?? 0;
      const licensed = p.licensed ?? 0;
      return {
        value: (100 * active) / licensed,
        sample: p.rows ?? 0,
        numerator: active,
        denominator: licensed,
      };
    },
  },
  // Leavers ÷ average headcount × 12 (a yearly rate at every grain), where average
  // headcount = (first-day + last-day headcount) ÷ 2 summed over the department-months.
  // The snapshot's numerator and denominator are the leavers and the average headcount.
  {
    kind: 'ratio',
    id: 'ex.turnover',
    async parts(ctx, w, by) {
      return partsByKey(
        await ctx.db.query(`
          select ${keyColumn(by)}, sum(leavers) as leavers, sum(headcount_start) as first_day,
            sum(headcount_end) as last_day, count(*) as rows
          from headcount where ${inDays('month', w)} group by key`),
      );
    },
    combine: (p) => {
      const leavers = p.leavers ?? 0;
      const average = ((p.first_day ?? 0) + (p.last_day ?? 0)) / 2;
      return {
        value: ((leavers * 12) / average) * 100,
        sample: p.rows ?? 0,
        numerator: leavers,
        denominator: average,
      };
    },
  },
];
