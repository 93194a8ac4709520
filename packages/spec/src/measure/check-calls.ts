import { suggestName } from '../suggest-name.js';
import type { AggregateNode, CallNode, ExprNode } from './ast.js';
import type { ExprChecker } from './check-expr.js';
import { usageOf } from './measure-functions.js';
import { type Checked, isNumeric, isTemporal, quote, typeWords } from './value-types.js';

/**
 * The type rules of the scalar functions: durations between two timestamps (the
 * business_* ones in a named calendar) and coalesce / least / greatest, whose
 * arguments must share a type.
 */
export function checkCall(checker: ExprChecker, node: CallNode, within: AggregateNode | undefined): Checked {
  switch (node.fn) {
    case 'coalesce':
    case 'least':
    case 'greatest':
      return checker.join(node.args, `${node.fn}(…)`, within);
    case 'hours_between':
    case 'minutes_between':
    case 'days_between': {
      const ok = node.args.map((arg) =>
        expect(checker, node, arg, checker.check(arg, within), isTemporal, 'a timestamp or a date'),
      );
      return ok.every(Boolean) ? 'number' : undefined;
    }
    default: {
      const [start, end, calendar] = node.args;
      const ok = [start, end].map(
        (arg) => arg && expect(checker, node, arg, checker.check(arg, within), isTimestamp, 'a timestamp'),
      );
      if (calendar) checkCalendar(checker, node, calendar, within);
      return ok.every(Boolean) ? 'number' : undefined;
    }
  }
}

/**
 * The type rules of the aggregates, and where aggregates may stand: not inside
 * another aggregate, not in a where: condition. Arguments and the filter are read
 * inside this aggregate, so their fields count as aggregated.
 */
export function checkAggregate(
  checker: ExprChecker,
  node: AggregateNode,
  within: AggregateNode | undefined,
): Checked {
  checker.aggregates++;
  const fnText = `${node.fn}(…)`;
  if (checker.ctx.role === 'where' && !within) {
    checker.report('KPI0234', { place: 'where:', fn: fnText }, node.range);
  } else if (within && checker.ctx.role === 'measure') {
    checker.report('KPI0231', { inner: quote(node), outer: `${within.fn}(…)` }, node.range);
  }
  const [first, second] = node.args;
  const type = first ? checker.check(first, node) : undefined;
  if (second) checker.check(second, node);
  if (node.filter) {
    const filterType = checker.check(node.filter, node);
    checker.condition(node.filter, filterType, `The filter (where …) of ${fnText}`);
  }
  switch (node.fn) {
    case 'count':
    case 'count_distinct':
      return 'integer';
    case 'sum':
      return numericArg(checker, node, first, type) && type === 'integer' ? 'integer' : 'number';
    case 'avg':
    case 'median':
    case 'nps':
      numericArg(checker, node, first, type);
      return 'number';
    case 'percentile':
      numericArg(checker, node, first, type);
      if (second && !isLiteralNumberIn(second, 0, 1)) {
        checker.report('KPI0221', { found: quote(second) }, second.range);
      }
      return 'number';
    case 'top_box':
      numericArg(checker, node, first, type);
      if (second && !isLiteralNumberIn(second, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)) {
        checker.report('KPI0222', { found: quote(second) }, second.range);
      }
      return 'number';
    case 'share':
      if (first) checker.condition(first, type, fnText);
      return 'number';
    case 'min':
    case 'max': {
      const orderable = (t: Checked) => isNumeric(t) || isTemporal(t);
      if (first) expect(checker, node, first, type, orderable, 'a number, a timestamp or a date');
      return type;
    }
  }
}

function numericArg(
  checker: ExprChecker,
  node: AggregateNode,
  arg: ExprNode | undefined,
  type: Checked,
): boolean {
  return arg !== undefined && expect(checker, node, arg, type, isNumeric, 'a number');
}

/** Reports an argument of the wrong type; true when it is fine. Unknown types were reported below. */
function expect(
  checker: ExprChecker,
  node: CallNode | AggregateNode,
  arg: ExprNode,
  type: Checked,
  accepts: (t: Checked) => boolean,
  expected: string,
): boolean {
  if (type === undefined) return false;
  if (accepts(type)) return true;
  const params = { fn: node.fn, expected, arg: quote(arg), type: typeWords(type), usage: usageOf(node.fn) };
  checker.report('KPI0220', params, arg.range);
  return false;
}

function checkCalendar(
  checker: ExprChecker,
  node: CallNode,
  arg: ExprNode,
  within: AggregateNode | undefined,
): void {
  if (arg.kind !== 'literal' || arg.type !== 'string') {
    checker.check(arg, within);
    checker.report('KPI0223', { fn: node.fn, found: quote(arg) }, arg.range);
    return;
  }
  const calendars = checker.ctx.calendars;
  const id = arg.value as string;
  if (calendars && !calendars.has(id)) {
    const suggestion = suggestName(id, calendars);
    checker.report(
      'KPI0224',
      { calendar: id, suggestion: suggestion ? ` Did you mean '${suggestion}'?` : '' },
      arg.range,
    );
  }
}

function isTimestamp(type: Checked): boolean {
  return type === 'timestamp' || type === 'null';
}

function isLiteralNumberIn(node: ExprNode, low: number, high: number): boolean {
  return (
    node.kind === 'literal' &&
    node.type === 'number' &&
    (node.value as number) >= low &&
    (node.value as number) <= high
  );
}
