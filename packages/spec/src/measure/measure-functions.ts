import type { AggregateFunction, ScalarFunction } from './ast.js';

/**
 * The functions of the measure language, with how many arguments each takes and how
 * it is written (for messages). One table read by the parser (names, arity) and the
 * type checker; the compiler has its own translation per function.
 */
export interface FunctionSignature {
  readonly minArgs: number;
  /** Infinity for variadic functions such as coalesce. */
  readonly maxArgs: number;
  /** How the call is written, shown in messages: `percentile(x, p)`. */
  readonly usage: string;
}

export const aggregateSignatures: Readonly<Record<AggregateFunction, FunctionSignature>> = {
  count: { minArgs: 1, maxArgs: 1, usage: 'count(*) or count(x)' },
  count_distinct: { minArgs: 1, maxArgs: 1, usage: 'count_distinct(x)' },
  sum: { minArgs: 1, maxArgs: 1, usage: 'sum(x)' },
  avg: { minArgs: 1, maxArgs: 1, usage: 'avg(x)' },
  min: { minArgs: 1, maxArgs: 1, usage: 'min(x)' },
  max: { minArgs: 1, maxArgs: 1, usage: 'max(x)' },
  median: { minArgs: 1, maxArgs: 1, usage: 'median(x)' },
  percentile: { minArgs: 2, maxArgs: 2, usage: 'percentile(x, 0.9)' },
  share: { minArgs: 1, maxArgs: 1, usage: "share(condition), e.g. share(priority = '1 - Critical')" },
  nps: { minArgs: 1, maxArgs: 1, usage: 'nps(score)' },
  top_box: { minArgs: 2, maxArgs: 2, usage: 'top_box(score, 4)' },
};

export const scalarSignatures: Readonly<Record<ScalarFunction, FunctionSignature>> = {
  coalesce: { minArgs: 1, maxArgs: Number.POSITIVE_INFINITY, usage: 'coalesce(x, fallback, …)' },
  least: { minArgs: 1, maxArgs: Number.POSITIVE_INFINITY, usage: 'least(a, b, …)' },
  greatest: { minArgs: 1, maxArgs: Number.POSITIVE_INFINITY, usage: 'greatest(a, b, …)' },
  hours_between: { minArgs: 2, maxArgs: 2, usage: 'hours_between(start, end)' },
  minutes_between: { minArgs: 2, maxArgs: 2, usage: 'minutes_between(start, end)' },
  days_between: { minArgs: 2, maxArgs: 2, usage: 'days_between(start, end)' },
  business_hours_between: {
    minArgs: 3,
    maxArgs: 3,
    usage: "business_hours_between(start, end, 'calendar-id')",
  },
  business_minutes_between: {
    minArgs: 3,
    maxArgs: 3,
    usage: "business_minutes_between(start, end, 'calendar-id')",
  },
  business_days_between: {
    minArgs: 3,
    maxArgs: 3,
    usage: "business_days_between(start, end, 'calendar-id')",
  },
};

/**
 * Whether a (lowercased) name is an aggregate.
 *
 * @example
 * isAggregateFunction('avg'); // true
 */
export function isAggregateFunction(name: string): name is AggregateFunction {
  return Object.hasOwn(aggregateSignatures, name);
}

/**
 * Whether a (lowercased) name is a scalar function.
 *
 * @example
 * isScalarFunction('coalesce'); // true
 */
export function isScalarFunction(name: string): name is ScalarFunction {
  return Object.hasOwn(scalarSignatures, name);
}

export const functionNames: readonly string[] = [
  ...Object.keys(aggregateSignatures),
  ...Object.keys(scalarSignatures),
];

/**
 * How a function's usage reads in a message, whichever kind it is.
 *
 * @example
 * usageOf('percentile'); // 'percentile(x, 0.9)'
 */
export function usageOf(name: AggregateFunction | ScalarFunction): string {
  return isAggregateFunction(name) ? aggregateSignatures[name].usage : scalarSignatures[name].usage;
}

/** Words the grammar uses; they cannot be field names. */
export const reservedWords: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'in',
  'is',
  'null',
  'between',
  'case',
  'when',
  'then',
  'else',
  'end',
  'true',
  'false',
]);
