import { describe, expect, it } from 'vitest';
import { parseMeasure } from './parse-measure.js';
import { walkExpr } from './walk-expr.js';

function visited(text: string): string[] {
  const out: string[] = [];
  walkExpr(parseMeasure(text).ast!, (node) => {
    out.push(node.kind === 'field' ? node.name : node.kind === 'literal' ? String(node.value) : node.kind);
  });
  return out;
}

describe('walkExpr', () => {
  it('visits parents before children, children in written order', () => {
    expect(visited('a + b * c')).toEqual(['binary', 'a', 'binary', 'b', 'c']);
  });

  it('visits case conditions and values, then else', () => {
    expect(visited('case when a then b when c then d else e end')).toEqual(['case', 'a', 'b', 'c', 'd', 'e']);
  });

  it('visits an aggregate filter after its arguments', () => {
    expect(visited('avg(x) filter (where y)')).toEqual(['aggregate', 'x', 'y']);
    expect(visited('count(*) filter (where z)')).toEqual(['aggregate', 'z']);
  });

  it('visits in lists, between bounds, is null and unary operands', () => {
    expect(visited('not a in (b, c)')).toEqual(['unary', 'in', 'a', 'b', 'c']);
    expect(visited('-a between b and c')).toEqual(['between', 'unary', 'a', 'b', 'c']);
    expect(visited('coalesce(a, 1) is null')).toEqual(['is-null', 'call', 'a', '1']);
  });
});
