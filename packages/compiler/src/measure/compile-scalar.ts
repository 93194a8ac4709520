import type { CallNode, ExprNode, ScalarFunction } from '@nyckeltal/spec';
import { sql } from 'kysely';
import type { ExprContext, Sql } from './expr-context.js';

const comparison: Readonly<Record<string, string>> = {
  '=': '=',
  '!=': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

const secondsPer = { hours: 3600, minutes: 60, days: 86400 } as const;
const durationUnit: Partial<Record<ScalarFunction, keyof typeof secondsPer>> = {
  hours_between: 'hours',
  minutes_between: 'minutes',
  days_between: 'days',
  business_hours_between: 'hours',
  business_minutes_between: 'minutes',
  business_days_between: 'days',
};

/**
 * Compiles a row-level expression of the measure language to DuckDB SQL. Literals become
 * bound parameters, field names quoted identifiers (the source view's columns are the
 * field names); nothing from the measure text is pasted. Compound operands are wrapped
 * in parentheses, so the SQL keeps the tree's grouping whatever SQL's precedence is.
 *
 * @example
 * compileScalar(parseMeasure("type = 'incident'").ast, ctx); // sql`"type" = ${'incident'}` → "type" = $1
 */
export function compileScalar(node: ExprNode, ctx: ExprContext): Sql {
  switch (node.kind) {
    case 'literal':
      return node.value === null ? sql`null` : sql`${node.value}`;
    case 'field':
      return sql.id(node.name);
    case 'unary':
      return node.op === '-' ? sql`-${operand(node.operand, ctx)}` : sql`not ${operand(node.operand, ctx)}`;
    case 'binary':
      return compileBinary(node.op, operand(node.left, ctx), operand(node.right, ctx));
    case 'in': {
      const list = sql.join(node.list.map((item) => compileScalar(item, ctx)));
      return node.negated
        ? sql`${operand(node.operand, ctx)} not in (${list})`
        : sql`${operand(node.operand, ctx)} in (${list})`;
    }
    case 'is-null':
      return node.negated
        ? sql`${operand(node.operand, ctx)} is not null`
        : sql`${operand(node.operand, ctx)} is null`;
    case 'between': {
      const [x, low, high] = [node.operand, node.low, node.high].map((n) => operand(n, ctx));
      return node.negated ? sql`${x} not between ${low} and ${high}` : sql`${x} between ${low} and ${high}`;
    }
    case 'case': {
      const whens = node.whens.map(
        (w) => sql`when ${compileScalar(w.when, ctx)} then ${compileScalar(w.then, ctx)}`,
      );
      const otherwise = node.else ? sql` else ${compileScalar(node.else, ctx)}` : sql``;
      return sql`case ${sql.join(whens, sql` `)}${otherwise} end`;
    }
    case 'call':
      return compileCall(node, ctx);
    case 'aggregate':
      if (!ctx.aggregate)
        throw new Error(`Bug: aggregate ${node.fn}() inside a row expression passed the checker`);
      return ctx.aggregate(node);
  }
}

function compileBinary(op: string, left: Sql, right: Sql): Sql {
  switch (op) {
    case '/':
      // DuckDB divides by zero to ±Infinity; the measure language says null.
      return sql`${left} / nullif(${right}, 0)`;
    case '+':
      return sql`${left} + ${right}`;
    case '-':
      return sql`${left} - ${right}`;
    case '*':
      return sql`${left} * ${right}`;
    case 'and':
      return sql`${left} and ${right}`;
    case 'or':
      return sql`${left} or ${right}`;
  }
  const cmp = comparison[op];
  if (!cmp) throw new Error(`Bug: unknown operator ${op}`);
  return sql`${left} ${sql.raw(cmp)} ${right}`;
}

/** Compiles an operand, in parentheses when it is itself an operator expression. */
export function operand(node: ExprNode, ctx: ExprContext): Sql {
  const compiled = compileScalar(node, ctx);
  const compound = ['unary', 'binary', 'in', 'is-null', 'between'].includes(node.kind);
  return compound ? sql`(${compiled})` : compiled;
}

function compileCall(node: CallNode, ctx: ExprContext): Sql {
  const unit = durationUnit[node.fn];
  if (unit === undefined) {
    const args = sql.join(node.args.map((a) => compileScalar(a, ctx)));
    return sql`${sql.raw(node.fn)}(${args})`;
  }
  const [from, to] = [node.args[0], node.args[1]].map((a) => {
    if (!a) throw new Error(`Bug: ${node.fn} without two arguments passed the checker`);
    return operand(a, ctx);
  }) as [Sql, Sql];
  // A negative duration (end before start) is a data error for every duration function,
  // calendar or business time: null here, counted by the KPI's "negative" column (see
  // durationChecks) and reported as KPI0502, so it never pulls an average down.
  if (node.fn.startsWith('business_'))
    return sql`case when ${to} >= ${from} then ${compileBusiness(node, unit, from, to, ctx)} end`;
  // Exact elapsed time between instants (DST-safe: epoch counts real seconds).
  return sql`case when ${to} >= ${from} then (epoch(${to}) - epoch(${from})) / ${sql.raw(`${secondsPer[unit]}.0`)} end`;
}

function compileBusiness(
  node: CallNode,
  unit: 'hours' | 'minutes' | 'days',
  from: Sql,
  to: Sql,
  ctx: ExprContext,
): Sql {
  const arg = node.args[2];
  const calendarId = arg?.kind === 'literal' && typeof arg.value === 'string' ? arg.value : undefined;
  const calendar = calendarId === undefined ? undefined : ctx.calendars.get(calendarId);
  if (!calendar) {
    ctx.unsupported.push({ kpi: ctx.kpi, reason: 'unknown-calendar', fn: node.fn, calendar: calendarId });
    return sql`null`;
  }
  if (!ctx.businessTime) {
    ctx.unsupported.push({
      kpi: ctx.kpi,
      reason: 'business-time-not-available',
      fn: node.fn,
      calendar: calendar.id,
    });
    return sql`null`;
  }
  ctx.usedCalendars.add(calendar.id);
  const fn = node.fn as Extract<ScalarFunction, `business_${string}`>;
  return ctx.businessTime.between({ fn, unit, from, to, calendar });
}
