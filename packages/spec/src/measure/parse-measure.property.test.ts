import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldModel } from '../model.js';
import type { AggregateFunction, ExprNode, ScalarFunction } from './ast.js';
import { checkExpr } from './check-expr.js';
import { aggregateSignatures, reservedWords, scalarSignatures } from './measure-functions.js';
import { parseMeasure } from './parse-measure.js';
import { printExpr } from './print-expr.js';
import { walkExpr } from './walk-expr.js';

function shape(node: ExprNode | undefined): unknown {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'range' ? undefined : value)));
}

// Pieces of the language, so that random strings often get deep into the grammar
// rather than failing at the first character.
const WORDS = [
  ...Object.keys(aggregateSignatures),
  ...Object.keys(scalarSignatures),
  ...reservedWords,
  'filter',
  'where',
  'distinct',
  'priority',
  'opened_at',
  'x',
];
const SYMBOLS = [
  '(',
  ')',
  ',',
  '*',
  '+',
  '-',
  '/',
  '=',
  '!=',
  '<>',
  '<',
  '<=',
  '>',
  '>=',
  "'",
  '"',
  '.',
  '\n',
  '§',
];
const tokenText = fc.oneof(
  fc.constantFrom(...WORDS, ...SYMBOLS),
  fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/),
  fc.stringMatching(/^[0-9]{1,4}(\.[0-9]{1,3})?(e[+-]?[0-9]{1,3})?$/),
  fc.string({ maxLength: 8 }).map((s) => `'${s.replaceAll("'", "''")}'`),
);
const tokenSoup = fc
  .tuple(fc.array(tokenText, { maxLength: 80 }), fc.constantFrom(' ', '', '  '))
  .map(([tokens, gap]) => tokens.join(gap));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'()(),*+-/=<>!\'" aX1._\n'), maxLength: 400 }),
);

/**
 * Parses `text` and says how long it took, in ms. A machine shared with other work can
 * pause any single call (a GC, a context switch), so a first timing of 10 ms or more is
 * repeated, up to five runs in all, and the fastest run is taken as the input's own cost.
 */
function timedParse(text: string): { result: ReturnType<typeof parseMeasure>; ms: number } {
  let start = performance.now();
  const result = parseMeasure(text);
  let ms = performance.now() - start;
  for (let run = 1; run < 5 && ms >= 10; run++) {
    start = performance.now();
    parseMeasure(text);
    ms = Math.min(ms, performance.now() - start);
  }
  return { result, ms };
}

describe('parseMeasure on random input', () => {
  it('never throws and takes under 10 ms on each of 6,000 random strings', () => {
    let slowest = { ms: 0, text: '' };
    let count = 0;
    const run = (text: string) => {
      const { result, ms } = timedParse(text);
      count++;
      // Total: either a tree or at least one diagnostic, each with a range inside the text.
      expect(result.ast === undefined).toBe(result.diagnostics.length > 0);
      for (const d of result.diagnostics) {
        expect(0 <= d.range.start && d.range.start <= d.range.end && d.range.end <= text.length).toBe(true);
      }
      if (ms > slowest.ms) slowest = { ms, text };
    };
    fc.assert(fc.property(anyText, run), { numRuns: 3000 });
    fc.assert(fc.property(tokenSoup, run), { numRuns: 3000 });
    expect(count).toBeGreaterThanOrEqual(6000);
    expect(slowest.ms, `slowest input: ${JSON.stringify(slowest.text)}`).toBeLessThan(10);
  });
});

// Random well-formed trees, built the way the parser builds them (so, for instance,
// never a negative number literal: -1 is unary minus applied to 1).
const NO_RANGE = { start: 0, end: 0 };
const fieldName = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/).filter((name) => !reservedWords.has(name));
const literal: fc.Arbitrary<ExprNode> = fc.oneof(
  fc
    .nat({ max: 100_000 })
    .map((value) => ({ kind: 'literal', type: 'number', value, range: NO_RANGE }) as const),
  fc
    .double({ min: 0, max: 1e25, noNaN: true, noDefaultInfinity: true })
    .filter((value) => !Object.is(value, -0))
    .map((value) => ({ kind: 'literal', type: 'number', value, range: NO_RANGE }) as const),
  fc
    .string({ unit: 'binary', maxLength: 12 })
    .map((value) => ({ kind: 'literal', type: 'string', value, range: NO_RANGE }) as const),
  fc.boolean().map((value) => ({ kind: 'literal', type: 'boolean', value, range: NO_RANGE }) as const),
  fc.constant({ kind: 'literal', type: 'null', value: null, range: NO_RANGE } as const),
);
const field: fc.Arbitrary<ExprNode> = fieldName.map(
  (name) => ({ kind: 'field', name, range: NO_RANGE }) as const,
);
const BINARY_OPS = ['+', '-', '*', '/', '=', '!=', '<', '<=', '>', '>=', 'and', 'or'] as const;

const { expr } = fc.letrec<{ expr: ExprNode }>((tie) => {
  const sub = tie('expr');
  const args = (n: number) => fc.array(sub, { minLength: n, maxLength: n });
  const scalar = fc.constantFrom(...(Object.keys(scalarSignatures) as ScalarFunction[])).chain((fn) => {
    const { minArgs, maxArgs } = scalarSignatures[fn];
    return fc
      .array(sub, { minLength: minArgs, maxLength: Math.min(maxArgs, 3) })
      .map((list): ExprNode => ({ kind: 'call', fn, args: list, range: NO_RANGE }));
  });
  const aggregate = fc
    .tuple(
      fc.constantFrom(...(Object.keys(aggregateSignatures) as AggregateFunction[])),
      fc.option(sub),
      fc.boolean(),
    )
    .chain(([fn, filter, star]) =>
      args(aggregateSignatures[fn].minArgs).map((list): ExprNode => {
        const base = fn === 'count' && star ? { args: [], star: true } : { args: list };
        return { kind: 'aggregate', fn, ...base, ...(filter ? { filter } : {}), range: NO_RANGE };
      }),
    );
  return {
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      literal,
      field,
      fc
        .tuple(fc.constantFrom('-', 'not'), sub)
        .map(([op, operand]): ExprNode => ({ kind: 'unary', op, operand, range: NO_RANGE })),
      fc
        .tuple(fc.constantFrom(...BINARY_OPS), sub, sub)
        .map(([op, left, right]): ExprNode => ({ kind: 'binary', op, left, right, range: NO_RANGE })),
      fc
        .tuple(sub, fc.array(sub, { minLength: 1, maxLength: 3 }), fc.boolean())
        .map(
          ([operand, list, negated]): ExprNode => ({ kind: 'in', operand, list, negated, range: NO_RANGE }),
        ),
      fc
        .tuple(sub, fc.boolean())
        .map(([operand, negated]): ExprNode => ({ kind: 'is-null', operand, negated, range: NO_RANGE })),
      fc.tuple(sub, sub, sub, fc.boolean()).map(
        ([operand, low, high, negated]): ExprNode => ({
          kind: 'between',
          operand,
          low,
          high,
          negated,
          range: NO_RANGE,
        }),
      ),
      fc
        .tuple(fc.array(fc.tuple(sub, sub), { minLength: 1, maxLength: 2 }), fc.option(sub))
        .map(([pairs, otherwise]): ExprNode => {
          const whens = pairs.map(([when, then]) => ({ when, then }));
          return otherwise
            ? { kind: 'case', whens, else: otherwise, range: NO_RANGE }
            : { kind: 'case', whens, range: NO_RANGE };
        }),
      scalar,
      aggregate,
    ),
  };
});

describe('printExpr and parseMeasure together', () => {
  it('give back the same tree when a random tree is printed and parsed', () => {
    fc.assert(
      fc.property(expr, (tree) => {
        const text = printExpr(tree);
        const { ast, diagnostics } = parseMeasure(text);
        expect(diagnostics).toEqual([]);
        expect(shape(ast)).toEqual(shape(tree));
      }),
      { numRuns: 2000 },
    );
  });

  it('give every node a range whose text parses to that same node', () => {
    fc.assert(
      fc.property(expr, (tree) => {
        const text = printExpr(tree);
        walkExpr(parseMeasure(text).ast!, (node) => {
          const alone = parseMeasure(text.slice(node.range.start, node.range.end));
          expect(shape(alone.ast)).toEqual(shape(node));
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkExpr on random trees', () => {
  const types = ['string', 'integer', 'number', 'boolean', 'timestamp', 'date', undefined] as const;

  it('never throws, and points every diagnostic at text inside the expression', () => {
    // The tree's own field names get random types, or stay undeclared (undefined).
    const typeChoices = fc.array(fc.constantFrom(...types), { minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(expr, typeChoices, fc.constantFrom('measure', 'where'), (tree, choices, role) => {
        const text = printExpr(tree);
        const ast = parseMeasure(text).ast!;
        const fields = new Map<string, FieldModel>();
        walkExpr(ast, (node) => {
          const type = choices[fields.size % choices.length];
          if (node.kind === 'field' && type && !fields.has(node.name)) {
            fields.set(node.name, { name: node.name, type, column: node.name, key: false });
          }
        });
        const result = checkExpr(ast, { fields, role, calendars: new Set(['se-office']) });
        for (const d of result.diagnostics) {
          expect(0 <= d.range.start && d.range.start < d.range.end && d.range.end <= text.length).toBe(true);
        }
        expect(result.fields).toEqual([...new Set(result.fields)].sort());
      }),
      { numRuns: 2000 },
    );
  });
});
