import { describe, expect, it } from 'vitest';
import { createIssue } from '../issues/issue-catalog.js';
import { parseMeasure } from './parse-measure.js';

/** The one diagnostic of `text`: its code, the text its range covers, and its message as a user reads it. */
function problem(text: string): { code: string; at: string; start: number; message: string } {
  const { ast, diagnostics } = parseMeasure(text);
  expect(ast).toBeUndefined();
  expect(diagnostics).toHaveLength(1);
  const d = diagnostics[0]!;
  const issue = createIssue(d.code, d.params);
  // Every placeholder of message and hint is filled by the params the parser gives.
  expect(`${issue.message} ${issue.hint ?? ''}`).not.toMatch(/\{\w+\}/);
  return {
    code: d.code,
    at: text.slice(d.range.start, d.range.end),
    start: d.range.start,
    message: issue.message,
  };
}

describe('parseMeasure: syntax errors', () => {
  it('says which call a missing ) leaves open, and where it opened', () => {
    expect(problem('avg(x')).toEqual({
      code: 'KPI0203',
      at: '',
      start: 5,
      message: "Expected ')' to close the call to avg( opened at column 4, but found the end of the measure.",
    });
  });

  it('points at the token where the ) was expected when something else stands there', () => {
    const p = problem('avg(x y)');
    expect(p).toMatchObject({ code: 'KPI0203', at: 'y', start: 6 });
    expect(p.message).toContain("but found 'y'");
  });

  it('gives line and column of the opening parenthesis in a measure that spans lines', () => {
    expect(problem('sum(x) +\n  (a + b').message).toBe(
      "Expected ')' to close the parenthesis opened at line 2, column 3, but found the end of the measure.",
    );
    expect(problem('sum(\n  (a + b\n)').message).toContain('the call to sum( opened at line 1, column 4');
  });

  it('says an in list and a case are unclosed', () => {
    expect(problem('x in (1, 2').message).toContain("to close the list after 'in ('");
    expect(problem('case when a then 1')).toMatchObject({ code: 'KPI0203', at: '' });
    expect(problem('case when a then 1').message).toContain(
      "Expected 'end' to close the 'case' opened at column 1",
    );
  });

  it('says what was expected when an operand is missing', () => {
    expect(problem('a +')).toMatchObject({
      code: 'KPI0200',
      at: '',
      message: 'Expected an expression, but found the end of the measure.',
    });
    expect(problem('a + * b')).toMatchObject({ code: 'KPI0200', at: '*', start: 4 });
    expect(problem('a and or b')).toMatchObject({
      code: 'KPI0200',
      at: 'or',
      message: "Expected an expression, but found the word 'or'.",
    });
  });

  it('says what may follow is, not, between, case and filter', () => {
    expect(problem('x is true')).toMatchObject({ code: 'KPI0200', at: 'true' });
    expect(problem('x not like 1').message).toBe("Expected 'in' or 'between' after 'not', but found 'like'.");
    expect(problem('x between 1 or 2')).toMatchObject({ code: 'KPI0200', at: 'or' });
    expect(problem('case x when 1 then 2 end')).toMatchObject({ code: 'KPI0200', at: 'x' });
    expect(problem('case when a 1 end')).toMatchObject({ code: 'KPI0200', at: '1' });
    expect(problem('count(*) filter where x')).toMatchObject({ code: 'KPI0200', at: 'where' });
    expect(problem('count(*) filter (x)')).toMatchObject({ code: 'KPI0200', at: 'x' });
    expect(problem('x in ()')).toMatchObject({ code: 'KPI0200', at: ')' });
    expect(problem('x in 1')).toMatchObject({ code: 'KPI0200', at: '1' });
  });

  it('reports text after a complete expression', () => {
    expect(problem('avg(x) y')).toMatchObject({ code: 'KPI0206', at: 'y', start: 7 });
    expect(problem('count(*))')).toMatchObject({ code: 'KPI0206', at: ')', start: 8 });
  });

  it('refuses chained comparisons', () => {
    expect(problem('a < b < c')).toMatchObject({ code: 'KPI0212', at: '<', start: 6 });
    expect(problem('a = 1 is null')).toMatchObject({ code: 'KPI0212', at: 'is' });
  });

  it('reports an empty or blank measure', () => {
    expect(problem('')).toMatchObject({ code: 'KPI0215', at: '', start: 0 });
    expect(problem('   \n ')).toMatchObject({ code: 'KPI0215', start: 5 });
  });
});

describe('parseMeasure: lexical errors', () => {
  it('reports unterminated text from its opening quote to the end', () => {
    expect(problem("type = 'incident")).toMatchObject({ code: 'KPI0204', at: "'incident", start: 7 });
    expect(problem("x = 'it''s")).toMatchObject({ code: 'KPI0204', at: "'it''s" });
  });

  it('reports a character the language does not use, naming it', () => {
    expect(problem('a § b')).toMatchObject({
      code: 'KPI0205',
      at: '§',
      message: 'The character § (U+00A7) cannot be used in a measure.',
    });
    expect(problem('avg(x) ; ')).toMatchObject({ code: 'KPI0205', at: ';' });
    expect(problem('x = 1\u0000')).toMatchObject({
      code: 'KPI0205',
      message: expect.stringContaining('U+0000'),
    });
    // A character outside the basic plane is one character, two UTF-16 units.
    expect(problem('x + 😀')).toMatchObject({ code: 'KPI0205', at: '😀', start: 4 });
  });

  it('tells that text goes in single quotes when written in double quotes', () => {
    expect(problem('type = "incident"')).toMatchObject({
      code: 'KPI0208',
      at: '"incident"',
      message: 'Text in a measure is written in single quotes: \'incident\', not "incident".',
    });
  });

  it('reports a number too large to represent', () => {
    expect(problem('x > 1e400')).toMatchObject({ code: 'KPI0214', at: '1e400' });
  });
});

describe('parseMeasure: function names and arguments', () => {
  it('suggests the nearest function for an unknown name', () => {
    expect(problem('avgg(x)')).toMatchObject({
      code: 'KPI0202',
      at: 'avgg',
      message: 'There is no function "avgg". Did you mean "avg"?',
    });
    expect(problem("business_hour_between(a, b, 'c')").message).toContain('"business_hours_between"');
    expect(problem('frobnicate(x)').message).toBe('There is no function "frobnicate".');
  });

  it('keeps parsing after an unknown function, so a second mistake is reported too', () => {
    const { diagnostics } = parseMeasure('avgg(x) + summ(y)');
    expect(diagnostics.map((d) => d.code)).toEqual(['KPI0202', 'KPI0202']);
  });

  it('reports a wrong number of arguments over the whole call', () => {
    expect(problem('avg(a, b)')).toMatchObject({
      code: 'KPI0209',
      at: 'avg(a, b)',
      message: 'avg was given 2 argument(s), but it is written avg(x).',
    });
    expect(problem('percentile(x)')).toMatchObject({ code: 'KPI0209', at: 'percentile(x)' });
    expect(problem('business_days_between(a, b)')).toMatchObject({ code: 'KPI0209' });
    expect(problem('count()')).toMatchObject({ code: 'KPI0209', at: 'count()' });
    expect(problem('coalesce()')).toMatchObject({ code: 'KPI0209' });
  });

  it('allows * only in count', () => {
    expect(problem('sum(*)')).toMatchObject({ code: 'KPI0210', at: '*', start: 4 });
  });

  it('explains count(distinct x)', () => {
    expect(problem('count(distinct ticket_id)')).toMatchObject({ code: 'KPI0213', at: 'distinct' });
  });

  it('allows filter (where …) only after an aggregate', () => {
    expect(problem('coalesce(x, 0) filter (where y)')).toMatchObject({
      code: 'KPI0211',
      at: 'filter (where y)',
      message: 'filter (where …) can only follow an aggregate such as count or avg, not coalesce.',
    });
  });
});

describe('parseMeasure: limits', () => {
  it('refuses nesting deeper than 100 levels with a diagnostic rather than a stack overflow', () => {
    const deep = `${'('.repeat(5000)}x${')'.repeat(5000)}`;
    const p = parseMeasure(deep);
    expect(p.diagnostics.map((d) => d.code)).toEqual(['KPI0207']);
    expect(parseMeasure(`${'-'.repeat(10_000)}x`).diagnostics[0]?.code).toBe('KPI0207');
    expect(parseMeasure(`${'not '.repeat(10_000)}x`).diagnostics[0]?.code).toBe('KPI0207');
    expect(parseMeasure(Array(10_000).fill('x').join(' + ')).diagnostics[0]?.code).toBe('KPI0207');
  });

  it('accepts nesting well within the limit', () => {
    expect(parseMeasure(`${'('.repeat(30)}x${')'.repeat(30)}`).diagnostics).toEqual([]);
    expect(parseMeasure(Array(40).fill('x').join(' + ')).diagnostics).toEqual([]);
  });

  it('accepts a long flat in list, which is wide rather than deep', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `'v${i}'`).join(', ');
    expect(parseMeasure(`share(x in (${list}))`).diagnostics).toEqual([]);
  });
});
