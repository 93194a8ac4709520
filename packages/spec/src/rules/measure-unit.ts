import type { AggregateFunction, AggregateNode, ExprNode, ScalarFunction } from '../measure/ast.js';

/** A unit that a measure's shape decides, whatever the data. */
export type MeasureUnit = 'percent' | 'score' | 'hours' | 'minutes' | 'days' | 'count' | 'ratio';

/** What a measure yields, and the declared units that fit it. */
export interface InferredUnit {
  readonly unit: MeasureUnit;
  /** The `unit:` values that fit, the inferred one first. */
  readonly accepts: readonly string[];
  /** The part of the measure that decides the unit, arguments left out: 'avg(hours_between(…))'. */
  readonly shape: string;
}

const DURATIONS: Readonly<Partial<Record<ScalarFunction, MeasureUnit>>> = {
  hours_between: 'hours',
  business_hours_between: 'hours',
  minutes_between: 'minutes',
  business_minutes_between: 'minutes',
  days_between: 'days',
  business_days_between: 'days',
};

/** Aggregates whose value is in the unit of what they aggregate. */
const KEEPS_UNIT: ReadonlySet<AggregateFunction> = new Set([
  'avg',
  'median',
  'percentile',
  'min',
  'max',
  'sum',
]);

const only = (unit: MeasureUnit) => ({ unit, accepts: [unit] });

/**
 * The unit a measure yields, where its shape alone makes that certain; undefined for
 * anything else (arithmetic on sums, scaled values, …), so a rule built on it stays silent
 * rather than guess:
 *
 * - `share(…)`, `top_box(…)` → percent (0–100)
 * - `nps(…)` → score (−100 to 100: promoters minus detractors, so not a percent)
 * - `avg`, `median`, `percentile`, `min`, `max`, `sum` of `hours_between` or
 *   `business_hours_between` → hours; of the `minutes_` ones → minutes; of the `days_` ones → days;
 *   of a field named in `durationFields` (an SLA policy's clocks) → that field's unit
 * - `count(…)`, `count_distinct(…)` → count
 * - a count divided by a count → ratio (or count, for "tickets per agent")
 * - a count divided by a count, times 100 → percent
 *
 * @example
 * inferMeasureUnit(parseMeasure('avg(hours_between(opened_at, resolved_at))').ast!);
 * // { unit: 'hours', accepts: ['hours'], shape: 'avg(hours_between(…))' }
 * inferMeasureUnit(parseMeasure('sum(cost) / count(*)').ast!); // undefined
 */
export function inferMeasureUnit(
  ast: ExprNode,
  durationFields: ReadonlyMap<string, MeasureUnit> = new Map(),
): InferredUnit | undefined {
  const found = unitOf(ast, durationFields);
  return found && { ...found, shape: shapeOf(ast) };
}

function unitOf(
  ast: ExprNode,
  durationFields: ReadonlyMap<string, MeasureUnit>,
): Omit<InferredUnit, 'shape'> | undefined {
  if (ast.kind === 'aggregate') return aggregateUnit(ast, durationFields);
  if (ast.kind !== 'binary') return undefined;
  if (ast.op === '/' && isCount(ast.right)) {
    if (isCount(ast.left)) return { unit: 'ratio', accepts: ['ratio', 'count'] };
    if (isHundredTimes(ast.left, isCount)) return only('percent');
  }
  return isHundredTimes(ast, isCountRatio) ? only('percent') : undefined;
}

/** How a message names an inferred measure: aggregates without their arguments, except a duration. */
function shapeOf(node: ExprNode): string {
  switch (node.kind) {
    case 'binary':
      return `${shapeOf(node.left)} ${node.op} ${shapeOf(node.right)}`;
    case 'literal':
      return String(node.value);
    case 'aggregate': {
      const arg = node.args[0];
      if (node.star) return `${node.fn}(*)`;
      if (arg?.kind === 'call') return `${node.fn}(${arg.fn}(…))`;
      if (arg?.kind === 'field' && KEEPS_UNIT.has(node.fn)) return `${node.fn}(${arg.name})`;
      return `${node.fn}(…)`;
    }
    default:
      return '…';
  }
}

function aggregateUnit(
  node: AggregateNode,
  durationFields: ReadonlyMap<string, MeasureUnit>,
): Omit<InferredUnit, 'shape'> | undefined {
  switch (node.fn) {
    case 'share':
    case 'top_box':
      return only('percent');
    case 'nps':
      return only('score');
    case 'count':
    case 'count_distinct':
      return only('count');
    default: {
      if (!KEEPS_UNIT.has(node.fn)) return undefined;
      const arg = node.args[0];
      if (arg?.kind === 'call') {
        const unit = DURATIONS[arg.fn];
        return unit ? only(unit) : undefined;
      }
      if (arg?.kind === 'field') {
        const unit = durationFields.get(arg.name);
        return unit ? only(unit) : undefined;
      }
      return undefined;
    }
  }
}

function isCount(node: ExprNode): boolean {
  return node.kind === 'aggregate' && (node.fn === 'count' || node.fn === 'count_distinct');
}

function isCountRatio(node: ExprNode): boolean {
  return node.kind === 'binary' && node.op === '/' && isCount(node.left) && isCount(node.right);
}

/** `x * 100` or `100 * x`, with `x` passing `test`. */
function isHundredTimes(node: ExprNode, test: (x: ExprNode) => boolean): boolean {
  if (node.kind !== 'binary' || node.op !== '*') return false;
  const hundred = (n: ExprNode) => n.kind === 'literal' && n.value === 100;
  return (hundred(node.right) && test(node.left)) || (hundred(node.left) && test(node.right));
}
