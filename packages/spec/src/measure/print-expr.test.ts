import { describe, expect, it } from 'vitest';
import type { ExprNode } from './ast.js';
import { parseMeasure } from './parse-measure.js';
import { printExpr } from './print-expr.js';

function shape(node: ExprNode | undefined): unknown {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'range' ? undefined : value)));
}

function canonical(text: string): string {
  const { ast, diagnostics } = parseMeasure(text);
  expect(diagnostics).toEqual([]);
  return printExpr(ast!);
}

describe('printExpr', () => {
  it('lowercases keywords and function names and spaces operators evenly', () => {
    expect(canonical("AVG( x )  FILTER (WHERE type<>'a')")).toBe("avg(x) filter (where type != 'a')");
    expect(canonical('COUNT(*)')).toBe('count(*)');
    expect(canonical('x IS NOT NULL AND y NOT IN (1,2) OR NOT z')).toBe(
      'x is not null and y not in (1, 2) or not z',
    );
  });

  it('keeps field names as written', () => {
    expect(canonical('sum(Reopen_Count)')).toBe('sum(Reopen_Count)');
  });

  it('drops parentheses the grammar does not need', () => {
    expect(canonical('((a)) + (b * c)')).toBe('a + b * c');
    expect(canonical('(a = 1) and (b = 2)')).toBe('a = 1 and b = 2');
    expect(canonical('(a - b) - c')).toBe('a - b - c');
    expect(canonical('(not a) and b')).toBe('not a and b');
  });

  it('keeps parentheses the grammar needs', () => {
    expect(canonical('(a + b) * c')).toBe('(a + b) * c');
    expect(canonical('a - (b - c)')).toBe('a - (b - c)');
    expect(canonical('a / (b * c)')).toBe('a / (b * c)');
    expect(canonical('(a or b) and c')).toBe('(a or b) and c');
    expect(canonical('a and (b and c)')).toBe('a and (b and c)');
    expect(canonical('not (a and b)')).toBe('not (a and b)');
    expect(canonical('-(a + b)')).toBe('-(a + b)');
    expect(canonical('(a = b) = c')).toBe('(a = b) = c');
    expect(canonical('(x between 1 and 2) is null')).toBe('(x between 1 and 2) is null');
    expect(canonical('x between (a or b) and c')).toBe('x between (a or b) and c');
  });

  it('writes text with doubled quotes, and numbers, booleans and null plainly', () => {
    expect(canonical("x = 'O''Brien'")).toBe("x = 'O''Brien'");
    expect(canonical('x = 0.90')).toBe('x = 0.9');
    expect(canonical('x = 1.5E3')).toBe('x = 1500');
    expect(canonical('x = TRUE or y is NULL')).toBe('x = true or y is null');
  });

  it('separates two minus signs so they do not read as a comment', () => {
    expect(canonical('- -x')).toBe('- -x');
    expect(canonical('-(-x)')).toBe('- -x');
  });

  it('prints case, between and every function', () => {
    expect(canonical('CASE WHEN a THEN 1 WHEN b THEN 2 ELSE 3 END')).toBe(
      'case when a then 1 when b then 2 else 3 end',
    );
    expect(canonical('x NOT BETWEEN 1 AND 2')).toBe('x not between 1 and 2');
    expect(canonical("business_hours_between(a,b,'se-office')")).toBe(
      "business_hours_between(a, b, 'se-office')",
    );
    expect(canonical('percentile(x,0.9)')).toBe('percentile(x, 0.9)');
  });

  it.each([
    "avg(hours_between(opened_at, resolved_at)) filter (where type = 'incident' and resolved_at is not null)",
    "share(priority in ('1 - Critical', '2 - High'))",
    'sum(case when reopen_count > 0 then 1 else 0 end) * 100 / count(*)',
    'nps(score) - top_box(csat, 4)',
    'median(coalesce(least(a, b), greatest(c, d, 0)))',
    "count_distinct(caller) filter (where not (channel = 'phone' or channel = 'chat'))",
    '-a * -(b + c) / - -d',
    'a < b and not c between d - 1 and e * 2',
  ])('round-trips %s', (text) => {
    const first = parseMeasure(text).ast!;
    const printed = printExpr(first);
    const second = parseMeasure(printed);
    expect(second.diagnostics).toEqual([]);
    expect(shape(second.ast)).toEqual(shape(first));
    // Printing is idempotent: canonical text prints as itself.
    expect(printExpr(second.ast!)).toBe(printed);
  });
});
