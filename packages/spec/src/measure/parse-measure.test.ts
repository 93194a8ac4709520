import { describe, expect, it } from 'vitest';
import type { ExprNode } from './ast.js';
import { parseMeasure } from './parse-measure.js';
import { walkExpr } from './walk-expr.js';

/** The tree without ranges, to compare shapes. */
function shape(node: ExprNode | undefined): unknown {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'range' ? undefined : value)));
}

/** The text each node's range covers, in walk order (parents first). */
function spans(text: string): string[] {
  const { ast, diagnostics } = parseMeasure(text);
  expect(diagnostics).toEqual([]);
  const out: string[] = [];
  walkExpr(ast!, (node) => out.push(text.slice(node.range.start, node.range.end)));
  return out;
}

function parsed(text: string): unknown {
  const { ast, diagnostics } = parseMeasure(text);
  expect(diagnostics).toEqual([]);
  return shape(ast);
}

const f = (name: string) => ({ kind: 'field', name });
const n = (value: number) => ({ kind: 'literal', type: 'number', value });
const s = (value: string) => ({ kind: 'literal', type: 'string', value });
const branch = (when: unknown, then: unknown) => ({ when, then });

describe('parseMeasure: literals and fields', () => {
  it('reads integers, decimals, exponents and leading-dot decimals as numbers', () => {
    expect(parsed('42')).toEqual(n(42));
    expect(parsed('0.9')).toEqual(n(0.9));
    expect(parsed('1.5e3')).toEqual(n(1500));
    expect(parsed('2E-2')).toEqual(n(0.02));
    expect(parsed('.5')).toEqual(n(0.5));
  });

  it("reads single-quoted text with '' standing for one quote", () => {
    expect(parsed("'1 - Critical'")).toEqual(s('1 - Critical'));
    expect(parsed("'O''Brien'")).toEqual(s("O'Brien"));
    expect(parsed("''")).toEqual(s(''));
  });

  it('reads true, false and null in any case', () => {
    expect(parsed('TRUE')).toEqual({ kind: 'literal', type: 'boolean', value: true });
    expect(parsed('False')).toEqual({ kind: 'literal', type: 'boolean', value: false });
    expect(parsed('NULL')).toEqual({ kind: 'literal', type: 'null', value: null });
  });

  it('reads a bare name as a field, keeping its spelling', () => {
    expect(parsed('resolved_at')).toEqual(f('resolved_at'));
    expect(parsed('_x2')).toEqual(f('_x2'));
    expect(parsed('count')).toEqual(f('count'));
  });
});

describe('parseMeasure: aggregates', () => {
  it('reads count(*) as a star aggregate without arguments', () => {
    expect(parsed('count(*)')).toEqual({ kind: 'aggregate', fn: 'count', args: [], star: true });
    expect(spans('count(*)')).toEqual(['count(*)']);
  });

  it.each(['count', 'count_distinct', 'sum', 'avg', 'min', 'max', 'median', 'share', 'nps'])(
    'reads %s(x) as an aggregate of one argument',
    (fn) => {
      expect(parsed(`${fn}(x)`)).toEqual({ kind: 'aggregate', fn, args: [f('x')] });
    },
  );

  it('reads percentile and top_box with their second argument', () => {
    expect(parsed('percentile(x, 0.9)')).toEqual({
      kind: 'aggregate',
      fn: 'percentile',
      args: [f('x'), n(0.9)],
    });
    expect(parsed('top_box(csat, 4)')).toEqual({ kind: 'aggregate', fn: 'top_box', args: [f('csat'), n(4)] });
  });

  it('reads function names and keywords in any case', () => {
    expect(parsed('AVG(x) FILTER (WHERE y)')).toEqual({
      kind: 'aggregate',
      fn: 'avg',
      args: [f('x')],
      filter: f('y'),
    });
  });

  it('attaches filter (where …) to the aggregate, whose range then ends at the closing parenthesis', () => {
    const text = "count(*) filter (where type = 'incident')";
    expect(parsed(text)).toEqual({
      kind: 'aggregate',
      fn: 'count',
      args: [],
      star: true,
      filter: { kind: 'binary', op: '=', left: f('type'), right: s('incident') },
    });
    expect(spans(text)).toEqual([text, "type = 'incident'", 'type', "'incident'"]);
  });

  it('records exact ranges for an aggregate around a duration', () => {
    const text = '  avg( hours_between(opened_at, resolved_at) )';
    expect(spans(text)).toEqual([
      'avg( hours_between(opened_at, resolved_at) )',
      'hours_between(opened_at, resolved_at)',
      'opened_at',
      'resolved_at',
    ]);
  });
});

describe('parseMeasure: scalar functions', () => {
  it.each(['hours_between', 'minutes_between', 'days_between'])('reads %s(a, b) as a call', (fn) => {
    expect(parsed(`${fn}(a, b)`)).toEqual({ kind: 'call', fn, args: [f('a'), f('b')] });
  });

  it.each(['business_hours_between', 'business_minutes_between', 'business_days_between'])(
    "reads %s(a, b, 'calendar') with the calendar as text",
    (fn) => {
      expect(parsed(`${fn}(a, b, 'se-office')`)).toEqual({
        kind: 'call',
        fn,
        args: [f('a'), f('b'), s('se-office')],
      });
    },
  );

  it('reads coalesce, least and greatest with any number of arguments', () => {
    expect(parsed('coalesce(a, b, 0)')).toEqual({
      kind: 'call',
      fn: 'coalesce',
      args: [f('a'), f('b'), n(0)],
    });
    expect(parsed('least(a)')).toEqual({ kind: 'call', fn: 'least', args: [f('a')] });
    expect(parsed('greatest(a, 1)')).toEqual({ kind: 'call', fn: 'greatest', args: [f('a'), n(1)] });
  });
});

describe('parseMeasure: operators and predicates', () => {
  it('reads every comparison operator, with <> as !=', () => {
    for (const op of ['=', '!=', '<', '<=', '>', '>=']) {
      expect(parsed(`a ${op} 1`)).toEqual({ kind: 'binary', op, left: f('a'), right: n(1) });
    }
    expect(parsed('a <> 1')).toEqual({ kind: 'binary', op: '!=', left: f('a'), right: n(1) });
  });

  it('reads in and not in with their lists', () => {
    expect(parsed("p in ('1', '2')")).toEqual({
      kind: 'in',
      operand: f('p'),
      list: [s('1'), s('2')],
      negated: false,
    });
    expect(parsed('p NOT IN (1)')).toEqual({ kind: 'in', operand: f('p'), list: [n(1)], negated: true });
    expect(spans("p not in ('1', x)")).toEqual(["p not in ('1', x)", 'p', "'1'", 'x']);
  });

  it('reads is null and is not null', () => {
    expect(parsed('x is null')).toEqual({ kind: 'is-null', operand: f('x'), negated: false });
    expect(parsed('x IS NOT NULL')).toEqual({ kind: 'is-null', operand: f('x'), negated: true });
    expect(spans('x is not null')).toEqual(['x is not null', 'x']);
  });

  it('reads between and not between, whose and is not a logical and', () => {
    expect(parsed('x between 1 and 2 and y')).toEqual({
      kind: 'binary',
      op: 'and',
      left: { kind: 'between', operand: f('x'), low: n(1), high: n(2), negated: false },
      right: f('y'),
    });
    expect(parsed('x not between a + 1 and b')).toEqual({
      kind: 'between',
      operand: f('x'),
      low: { kind: 'binary', op: '+', left: f('a'), right: n(1) },
      high: f('b'),
      negated: true,
    });
  });

  it('reads a searched case with several whens, with and without else', () => {
    expect(parsed('case when a then 1 when b then 2 else 3 end')).toEqual({
      kind: 'case',
      whens: [branch(f('a'), n(1)), branch(f('b'), n(2))],
      else: n(3),
    });
    expect(parsed('CASE WHEN a THEN 1 END')).toEqual({ kind: 'case', whens: [branch(f('a'), n(1))] });
    expect(spans('case when a then 1 else 2 end')).toEqual(['case when a then 1 else 2 end', 'a', '1', '2']);
  });

  it('reads unary minus and not', () => {
    expect(parsed('-x')).toEqual({ kind: 'unary', op: '-', operand: f('x') });
    expect(parsed('not not x')).toEqual({
      kind: 'unary',
      op: 'not',
      operand: { kind: 'unary', op: 'not', operand: f('x') },
    });
  });
});

describe('parseMeasure: precedence', () => {
  it('binds * and / tighter than + and -, and both to the left', () => {
    expect(parsed('a + b * c')).toEqual({
      kind: 'binary',
      op: '+',
      left: f('a'),
      right: { kind: 'binary', op: '*', left: f('b'), right: f('c') },
    });
    expect(parsed('a - b - c')).toEqual({
      kind: 'binary',
      op: '-',
      left: { kind: 'binary', op: '-', left: f('a'), right: f('b') },
      right: f('c'),
    });
    expect(parsed('a / b / c')).toEqual({
      kind: 'binary',
      op: '/',
      left: { kind: 'binary', op: '/', left: f('a'), right: f('b') },
      right: f('c'),
    });
  });

  it('binds unary minus tighter than *', () => {
    expect(parsed('-a * b')).toEqual({
      kind: 'binary',
      op: '*',
      left: { kind: 'unary', op: '-', operand: f('a') },
      right: f('b'),
    });
  });

  it('binds arithmetic tighter than comparison, comparison tighter than not, not tighter than and, and tighter than or', () => {
    expect(parsed('not a + 1 > b and c or d')).toEqual({
      kind: 'binary',
      op: 'or',
      left: {
        kind: 'binary',
        op: 'and',
        left: {
          kind: 'unary',
          op: 'not',
          operand: {
            kind: 'binary',
            op: '>',
            left: { kind: 'binary', op: '+', left: f('a'), right: n(1) },
            right: f('b'),
          },
        },
        right: f('c'),
      },
      right: f('d'),
    });
  });

  it('lets parentheses override precedence, and ranges of enclosing nodes include them', () => {
    const text = '(a + b) * c';
    expect(parsed(text)).toEqual({
      kind: 'binary',
      op: '*',
      left: { kind: 'binary', op: '+', left: f('a'), right: f('b') },
      right: f('c'),
    });
    // The product spans the parentheses; the sum inside is the text between them.
    expect(spans(text)).toEqual(['(a + b) * c', 'a + b', 'a', 'b', 'c']);
    expect(spans('((x))')).toEqual(['x']);
  });

  it('computes ranges across lines, as folded YAML strings deliver them', () => {
    const text = 'share(\n  priority = 1\n)';
    expect(spans(text)).toEqual([text, 'priority = 1', 'priority', '1']);
  });
});
