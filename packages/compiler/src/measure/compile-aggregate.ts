import type { AggregateNode } from '@nyckeltal/spec';
import { sql } from 'kysely';
import { compileScalar, operand } from './compile-scalar.js';
import type { ExprContext, Sql } from './expr-context.js';

/** `a and b and …` over the conditions that are present; undefined when none is. */
export function allOf(...conditions: readonly (Sql | undefined)[]): Sql | undefined {
  const present = conditions.filter((c): c is Sql => c !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return sql.join(
    present.map((c) => sql`(${c})`),
    sql` and `,
  );
}

/** `agg filter (where cond)`, or the bare aggregate when there is no condition. */
export function filtered(aggregate: Sql, condition: Sql | undefined): Sql {
  return condition ? sql`${aggregate} filter (where ${condition})` : aggregate;
}

/** The parts of a ratio aggregate: value = scale × numerator / denominator. */
export interface RatioParts {
  readonly numerator: Sql;
  readonly denominator: Sql;
}

/**
 * Compiles one aggregate of a measure. `rowFilter` is the KPI's `where` (and anything
 * else that selects the KPI's rows); it is ANDed with the aggregate's own
 * `filter (where …)`. The service-desk shorthands expand to filtered counts:
 *
 * - `share(c)`      = 100.0 × count(*) filter (c) / count(*)
 * - `nps(s)`        = 100.0 × (count(s) filter (s ≥ 9) − count(s) filter (s ≤ 6)) / count(s)
 * - `top_box(s, k)` = 100.0 × count(s) filter (s ≥ k) / count(s)   — k is the lowest top-box score
 *
 * and a zero denominator gives null.
 *
 * @example
 * compileAggregate(parseMeasure('median(x)').ast, ctx, sql`"type" = ${'incident'}`);
 * // quantile_cont("x", 0.5) filter (where "type" = $1)
 */
export function compileAggregate(node: AggregateNode, ctx: ExprContext, rowFilter: Sql | undefined): Sql {
  const ratio = ratioAggregate(node, ctx, rowFilter);
  if (ratio) return sql`100.0 * ${ratio.numerator} / nullif(${ratio.denominator}, 0)`;
  const filter = allOf(rowFilter, node.filter && compileScalar(node.filter, ctx));
  const [x, second] = node.args.map((a) => compileScalar(a, ctx));
  const arg = () => {
    if (!x) throw new Error(`Bug: ${node.fn}() without an argument passed the checker`);
    return x;
  };
  switch (node.fn) {
    case 'count':
      return filtered(node.star ? sql`count(*)` : sql`count(${arg()})`, filter);
    case 'count_distinct':
      return filtered(sql`count(distinct ${arg()})`, filter);
    case 'sum':
    case 'avg':
    case 'min':
    case 'max':
      return filtered(sql`${sql.raw(node.fn)}(${arg()})`, filter);
    case 'median':
      return filtered(sql`quantile_cont(${arg()}, 0.5)`, filter);
    case 'percentile':
      if (!second) throw new Error('Bug: percentile() without p passed the checker');
      return filtered(sql`quantile_cont(${arg()}, ${second})`, filter);
    default:
      throw new Error(`Bug: no SQL for aggregate ${node.fn}()`);
  }
}

/**
 * The numerator and denominator of `share`, `nps` and `top_box` (both counts, before the
 * ×100 scale); undefined for the other aggregates.
 *
 * @example
 * ratioAggregate(parseMeasure("share(channel = 'phone')").ast, ctx, undefined);
 * // { numerator: count(*) filter (where "channel" = $1), denominator: count(*) }
 */
export function ratioAggregate(
  node: AggregateNode,
  ctx: ExprContext,
  rowFilter: Sql | undefined,
): RatioParts | undefined {
  if (node.fn !== 'share' && node.fn !== 'nps' && node.fn !== 'top_box') return undefined;
  const base = allOf(rowFilter, node.filter && compileScalar(node.filter, ctx));
  const first = node.args[0];
  if (!first) throw new Error(`Bug: ${node.fn}() without an argument passed the checker`);
  if (node.fn === 'share') {
    return {
      numerator: filtered(sql`count(*)`, allOf(base, compileScalar(first, ctx))),
      denominator: filtered(sql`count(*)`, base),
    };
  }
  const score = operand(first, ctx);
  const count = sql`count(${score})`;
  if (node.fn === 'nps') {
    const promoters = filtered(count, allOf(base, sql`${score} >= 9`));
    const detractors = filtered(count, allOf(base, sql`${score} <= 6`));
    return { numerator: sql`(${promoters} - ${detractors})`, denominator: filtered(count, base) };
  }
  const k = node.args[1];
  if (!k) throw new Error('Bug: top_box() without k passed the checker');
  return {
    numerator: filtered(count, allOf(base, sql`${score} >= ${operand(k, ctx)}`)),
    denominator: filtered(count, base),
  };
}
