import { suggestName } from '../suggest-name.js';
import type { AggregateNode, CallNode, ExprNode } from './ast.js';
import type { Token } from './lex-measure.js';
import {
  aggregateSignatures,
  functionNames,
  isAggregateFunction,
  isScalarFunction,
  scalarSignatures,
} from './measure-functions.js';
import { rangeOf, type TokenCursor } from './token-cursor.js';

/**
 * Parses a function call from its opening parenthesis on (the name is already read):
 * the arguments or `*`, the closing parenthesis, and an aggregate's optional
 * `filter (where …)`. Unknown names, wrong argument counts, `*` outside count and a
 * filter after a scalar function are reported and parsing goes on.
 *
 * @example
 * // cursor just past `avg` in "avg(x) filter (where y)"
 * parseCall(cursor, avgToken, () => parser.expression()); // { kind: 'aggregate', fn: 'avg', … }
 */
export function parseCall(c: TokenCursor, name: Token, expression: () => ExprNode): ExprNode {
  const fn = name.lower;
  const open = c.next();
  if (!isAggregateFunction(fn) && !isScalarFunction(fn)) {
    const suggestion = suggestName(fn, functionNames);
    c.report({
      code: 'KPI0202',
      params: { name: name.text, suggestion: suggestion ? ` Did you mean "${suggestion}"?` : '' },
      range: rangeOf(name),
    });
  }
  const { args, star } = callArguments(c, fn, expression);
  let end = c.expectClose(open, `the call to ${name.text}(`).end;
  const signature = isAggregateFunction(fn)
    ? aggregateSignatures[fn]
    : isScalarFunction(fn)
      ? scalarSignatures[fn]
      : undefined;
  const count = args.length + (star ? 1 : 0);
  if (signature && (count < signature.minArgs || count > signature.maxArgs)) {
    c.report({
      code: 'KPI0209',
      params: { fn, count, usage: signature.usage },
      range: { start: name.start, end },
    });
  }
  let filter: ExprNode | undefined;
  if (c.isWord('filter')) {
    const filterStart = c.next().start;
    if (!c.isSymbol('(')) c.failExpected("'(' after 'filter', as in filter (where …)");
    const filterOpen = c.next();
    c.expectWord('where', " after 'filter ('");
    filter = expression();
    end = c.expectClose(filterOpen, "'filter ('").end;
    if (isScalarFunction(fn)) {
      c.report({ code: 'KPI0211', params: { fn }, range: { start: filterStart, end } });
    }
  }
  const range = { start: name.start, end };
  if (isAggregateFunction(fn)) {
    const node: AggregateNode = { kind: 'aggregate', fn, args, range };
    return { ...node, ...(star ? { star: true } : {}), ...(filter ? { filter } : {}) };
  }
  if (isScalarFunction(fn)) return { kind: 'call', fn, args, range } satisfies CallNode;
  // Unknown function: already reported, so the tree is discarded; any node will do.
  return { kind: 'literal', type: 'null', value: null, range };
}

function callArguments(
  c: TokenCursor,
  fn: string,
  expression: () => ExprNode,
): { args: ExprNode[]; star: boolean } {
  if (c.isSymbol('*')) {
    const star = c.next();
    if (fn !== 'count' && (isAggregateFunction(fn) || isScalarFunction(fn)))
      c.report({ code: 'KPI0210', params: { fn }, range: rangeOf(star) });
    return { args: [], star: true };
  }
  if (c.isSymbol(')')) return { args: [], star: false };
  if (fn === 'count' && c.isWord('distinct') && startsOperand(c.peek(1))) {
    c.report({ code: 'KPI0213', params: {}, range: rangeOf(c.next()) });
  }
  const args = [expression()];
  while (c.isSymbol(',')) {
    c.next();
    args.push(expression());
  }
  return { args, star: false };
}

function startsOperand(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number' || token.kind === 'string' || token.text === '(';
}
