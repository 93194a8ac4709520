import {
  type CheckContext,
  type Expected,
  keyColumn,
  type Parts,
  partsByKey,
  type RatioCheck,
  type RowValue,
} from './catalog-check.js';
import { inInstants, type Window } from './periods.js';

/**
 * part ÷ whole in percent, with the two counts as numerator and denominator.
 *
 * @example
 * percentOf(3, 12); // { value: 25, sample: 12, numerator: 3, denominator: 12 }
 */
export function percentOf(part: number, whole: number, sample = whole): Expected {
  return { value: whole === 0 ? null : (100 * part) / whole, sample, numerator: part, denominator: whole };
}

/**
 * A share KPI: rows where `hit` holds ÷ all rows matching `where` whose `time` falls in
 * the period, counted in plain SQL.
 *
 * @example
 * shareCheck('itsm.reopen-rate', 'tickets', 'reopen_count > 0', "type = 'incident'", 'resolved_at');
 */
export function shareCheck(id: string, table: string, hit: string, where: string, time: string): RatioCheck {
  return {
    kind: 'ratio',
    id,
    async parts(ctx, w, by) {
      return partsByKey(
        await ctx.db.query(`
          select ${keyColumn(by)}, count(*) filter (where ${hit}) as hits, count(*) as rows
          from ${table} where ${where} and ${inInstants(time, w)} group by key`),
      );
    },
    combine: (p: Parts) => percentOf(p.hits ?? 0, p.rows ?? 0),
  };
}

/**
 * A net promoter score over one survey's answers in the period: % answering 9–10 minus %
 * answering 0–6. Numerator promoters − detractors, denominator all answers.
 *
 * @example
 * npsCheck('cx.nps', 'nps'); // 5 promoters, 3 detractors of 16 → 12.5
 */
export function npsCheck(id: string, survey: string): RatioCheck {
  return {
    kind: 'ratio',
    id,
    async parts(ctx, w, by) {
      return partsByKey(
        await ctx.db.query(`
          select ${keyColumn(by)}, count(*) filter (where score >= 9) as promoters,
            count(*) filter (where score <= 6) as detractors, count(*) as rows
          from survey_responses
          where survey = '${survey}' and responded_at is not null and ${inInstants('responded_at', w)}
          group by key`),
      );
    },
    combine: (p) => {
      const net = (p.promoters ?? 0) - (p.detractors ?? 0);
      const rows = p.rows ?? 0;
      return {
        value: rows === 0 ? null : (100 * net) / rows,
        sample: rows,
        numerator: net,
        denominator: rows,
      };
    },
  };
}

/**
 * The scores of one survey's answers received in the period, one row each (for a mean).
 *
 * @example
 * const rows = await surveyScores(ctx, OCTOBER_2026, 'ces'); // [{ x: 6, dims: { respondent_kind: 'customer' } }, …]
 */
export async function surveyScores(ctx: CheckContext, w: Window, survey: string): Promise<RowValue[]> {
  const rows = await ctx.db.query(`
      select score, respondent_kind from survey_responses
      where survey = '${survey}' and responded_at is not null and ${inInstants('responded_at', w)}`);
  return rows.map((r) => ({ x: Number(r.score), dims: { respondent_kind: String(r.respondent_kind) } }));
}
