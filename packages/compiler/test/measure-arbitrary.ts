import type { AggregateNode, ExprNode, LiteralNode } from '@nyckeltal/spec';
import fc from 'fast-check';

// Random, well-typed measure trees over the fixture's ticket fields, for property tests.
const range = { start: 0, end: 0 };

/** Strings that would do harm if pasted into SQL, and random text marked «…» so it can be found. */
export const dangerousStrings = [
  "'; drop table x; --",
  "O'Brien",
  "it''s",
  '" or 1=1 --',
  '*/ select 1 /*',
  "\\'; select 'pwned",
  'line\nbreak -- comment',
];
const stringValue = fc.oneof(
  fc.constantFrom(...dangerousStrings, 'select', 'end', 'null', '$1', 'and', ''),
  fc.string({ maxLength: 12 }).map((s) => `«${s}»`),
);
/** Numbers with enough digits that their text cannot occur in SQL by chance. */
const numberValue = fc.integer({ min: 100_000, max: 999_999_999 }).map((n) => n / 1000);

const lit = (type: 'string' | 'number', value: string | number): LiteralNode => ({
  kind: 'literal',
  type,
  value,
  range,
});
const field = (name: string): ExprNode => ({ kind: 'field', name, range });
const strLit = stringValue.map((v) => lit('string', v));
const numLit = numberValue.map((v) => lit('number', v));
const strField = fc.constantFrom('type', 'priority', 'channel').map(field);
const numField = fc.constantFrom('score', 'reopen_count', 'cost').map(field);
const tsField = fc.constantFrom('opened_at', 'resolved_at', 'first_response_at').map(field);

const { num } = fc.letrec<{ num: ExprNode }>((tie) => ({
  num: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numLit,
    numField,
    fc
      .tuple(fc.constantFrom('+', '-', '*', '/' as const), tie('num'), tie('num'))
      .map(([op, left, right]): ExprNode => ({ kind: 'binary', op, left, right, range })),
    tie('num').map((operand): ExprNode => ({ kind: 'unary', op: '-', operand, range })),
    fc
      .tuple(fc.constantFrom('hours_between', 'minutes_between', 'days_between' as const), tsField, tsField)
      .map(([fn, a, b]): ExprNode => ({ kind: 'call', fn, args: [a, b], range })),
    fc
      .tuple(fc.constantFrom('coalesce', 'least', 'greatest' as const), tie('num'), tie('num'))
      .map(([fn, a, b]): ExprNode => ({ kind: 'call', fn, args: [a, b], range })),
    fc.tuple(cond(), tie('num'), tie('num')).map(
      ([when, then, otherwise]): ExprNode => ({
        kind: 'case',
        whens: [{ when, then }],
        else: otherwise,
        range,
      }),
    ),
  ),
}));

/** A row condition: comparisons, in, between, is null, and/or/not. */
function cond(): fc.Arbitrary<ExprNode> {
  const atom = fc.oneof(
    fc
      .tuple(fc.constantFrom('=', '!=' as const), strField, strLit)
      .map(([op, left, right]): ExprNode => ({ kind: 'binary', op, left, right, range })),
    fc
      .tuple(fc.constantFrom('<', '<=', '>', '>=' as const), numField, numLit)
      .map(([op, left, right]): ExprNode => ({ kind: 'binary', op, left, right, range })),
    fc
      .tuple(strField, fc.array(strLit, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([operand, list, negated]): ExprNode => ({ kind: 'in', operand, list, negated, range })),
    fc.tuple(numField, numLit, numLit, fc.boolean()).map(
      ([operand, low, high, negated]): ExprNode => ({
        kind: 'between',
        operand,
        low,
        high,
        negated,
        range,
      }),
    ),
    fc
      .tuple(tsField, fc.boolean())
      .map(([operand, negated]): ExprNode => ({ kind: 'is-null', operand, negated, range })),
  );
  return fc.oneof(
    atom,
    fc
      .tuple(fc.constantFrom('and', 'or' as const), atom, atom)
      .map(([op, left, right]): ExprNode => ({ kind: 'binary', op, left, right, range })),
    atom.map((operand): ExprNode => ({ kind: 'unary', op: 'not', operand, range })),
  );
}

const maybeFilter = fc.option(cond(), { nil: undefined });

const aggregate: fc.Arbitrary<AggregateNode> = fc.oneof(
  maybeFilter.map(
    (filter): AggregateNode => ({ kind: 'aggregate', fn: 'count', args: [], star: true, filter, range }),
  ),
  fc
    .tuple(fc.constantFrom('sum', 'avg', 'min', 'max', 'median', 'count' as const), num, maybeFilter)
    .map(([fn, x, filter]): AggregateNode => ({ kind: 'aggregate', fn, args: [x], filter, range })),
  fc.tuple(num, fc.double({ min: 0.01, max: 0.99, noNaN: true }), maybeFilter).map(
    ([x, p, filter]): AggregateNode => ({
      kind: 'aggregate',
      fn: 'percentile',
      args: [x, lit('number', Math.round(p * 1000) / 1000)],
      filter,
      range,
    }),
  ),
  fc
    .tuple(strField, maybeFilter)
    .map(
      ([x, filter]): AggregateNode => ({ kind: 'aggregate', fn: 'count_distinct', args: [x], filter, range }),
    ),
  fc
    .tuple(cond(), maybeFilter)
    .map(([c, filter]): AggregateNode => ({ kind: 'aggregate', fn: 'share', args: [c], filter, range })),
  fc
    .tuple(numField, maybeFilter)
    .map(([x, filter]): AggregateNode => ({ kind: 'aggregate', fn: 'nps', args: [x], filter, range })),
  fc
    .tuple(numField, numLit, maybeFilter)
    .map(
      ([x, k, filter]): AggregateNode => ({ kind: 'aggregate', fn: 'top_box', args: [x, k], filter, range }),
    ),
);

/** A measure: an aggregate, a ratio of two, or one scaled by a number. */
export const measureArbitrary: fc.Arbitrary<ExprNode> = fc.oneof(
  aggregate,
  fc
    .tuple(aggregate, aggregate)
    .map(([left, right]): ExprNode => ({ kind: 'binary', op: '/', left, right, range })),
  fc
    .tuple(aggregate, numLit)
    .map(([left, right]): ExprNode => ({ kind: 'binary', op: '*', left, right, range })),
);

/** A KPI `where`, or none. */
export const whereArbitrary: fc.Arbitrary<ExprNode | undefined> = fc.option(cond(), { nil: undefined });
