import { type CallNode, type ExprNode, type KpiModel, walkExpr } from '@nyckeltal/spec';
import { sql } from 'kysely';
import { allOf, compileAggregate, filtered, type RatioParts, ratioAggregate } from './compile-aggregate.js';
import { compileScalar, operand } from './compile-scalar.js';
import type { ExprContext, Sql } from './expr-context.js';

/** The SQL of one KPI's result columns, before they are named and placed in a query. */
export interface MeasureColumns {
  /** The measure, computed over the KPI's rows in the group. */
  readonly value: Sql;
  /** Rows the KPI's `where` keeps (count(*)). */
  readonly sample: Sql;
  /** Set for ratio measures: share, nps, top_box, and `agg / agg` (× a constant). */
  readonly numerator?: Sql;
  readonly denominator?: Sql;
  /** Set when the measure uses durations: the KPI's rows where an end comes before its start. */
  readonly negative?: Sql;
}

/**
 * Compiles a KPI's measure to the aggregate expressions of its result columns. The
 * KPI's `where` filters every aggregate (ANDed with the aggregate's own filter), so many
 * KPIs can share one scan of their source.
 *
 * @example
 * const cols = measureColumns(project.kpis.get('itsm.mttr')!, ctx);
 * // cols.value: cast(avg(case when … end) filter (where ("type" = $1) and …) as double)
 */
export function measureColumns(kpi: KpiModel, ctx: ExprContext): MeasureColumns {
  const where = kpi.where ? compileScalar(kpi.where.ast, ctx) : undefined;
  const measureCtx: ExprContext = { ...ctx, aggregate: (node) => compileAggregate(node, measureCtx, where) };
  const value = compileScalar(kpi.measure.ast, measureCtx);
  const numeric = kpi.measure.type === 'number' || kpi.measure.type === 'integer';
  const ratio = ratioOf(kpi.measure.ast, measureCtx, where);
  const durations = durationCalls(kpi.measure.ast);
  const negative =
    durations.length === 0
      ? undefined
      : filtered(
          sql`count(*)`,
          allOf(
            where,
            sql.join(
              durations.map((d) => negativeCondition(d, ctx)),
              sql` or `,
            ),
          ),
        );
  return {
    value: numeric ? sql`cast(${value} as double)` : value,
    sample: filtered(sql`count(*)`, where),
    ...(ratio && {
      numerator: sql`cast(${ratio.numerator} as double)`,
      denominator: sql`cast(${ratio.denominator} as double)`,
    }),
    ...(negative && { negative }),
  };
}

/**
 * A measure's numerator and denominator, when it is a ratio: a ratio aggregate, or
 * `a / b` with aggregates on both sides, possibly multiplied by a number (`… * 100`).
 */
function ratioOf(node: ExprNode, ctx: ExprContext, where: Sql | undefined): RatioParts | undefined {
  if (node.kind === 'aggregate') return ratioAggregate(node, ctx, where);
  if (node.kind !== 'binary') return undefined;
  if (node.op === '/' && hasAggregate(node.left) && hasAggregate(node.right)) {
    // `count(…) * 100 / count(*)`: the numerator is the count, not the scaled count.
    return {
      numerator: compileScalar(unscaled(node.left), ctx),
      denominator: compileScalar(node.right, ctx),
    };
  }
  if (node.op === '*') {
    if (isNumber(node.left)) return ratioOf(node.right, ctx, where);
    if (isNumber(node.right)) return ratioOf(node.left, ctx, where);
  }
  return undefined;
}

/** The expression without multiplications by a number literal around it. */
function unscaled(node: ExprNode): ExprNode {
  if (node.kind !== 'binary' || node.op !== '*') return node;
  if (isNumber(node.left)) return unscaled(node.right);
  if (isNumber(node.right)) return unscaled(node.left);
  return node;
}

function isNumber(node: ExprNode): boolean {
  return node.kind === 'literal' && node.type === 'number';
}

function hasAggregate(node: ExprNode): boolean {
  let found = false;
  walkExpr(node, (n) => {
    found ||= n.kind === 'aggregate';
  });
  return found;
}

const durationFunctions = new Set<string>([
  'hours_between',
  'minutes_between',
  'days_between',
  'business_hours_between',
  'business_minutes_between',
  'business_days_between',
]);

/** Every duration call in the expression, outermost first. */
export function durationCalls(node: ExprNode): CallNode[] {
  const calls: CallNode[] = [];
  walkExpr(node, (n) => {
    if (n.kind === 'call' && durationFunctions.has(n.fn)) calls.push(n);
  });
  return calls;
}

/**
 * The condition that a duration call is negative: its end before its start.
 *
 * @example
 * negativeCondition(call, ctx); // "resolved_at" < "opened_at"
 */
export function negativeCondition(call: CallNode, ctx: ExprContext): Sql {
  const [from, to] = call.args;
  if (!from || !to) throw new Error(`Bug: ${call.fn} without two arguments passed the checker`);
  return sql`${operand(to, ctx)} < ${operand(from, ctx)}`;
}
