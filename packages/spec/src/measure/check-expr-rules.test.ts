import { describe, expect, it } from 'vitest';
import { field, measureChecker } from '../../test/measure-check.js';
import { createIssue } from '../issues/issue-catalog.js';
import type { FieldModel } from '../model.js';
import { checkExpr } from './check-expr.js';
import { parseMeasure } from './parse-measure.js';

const fields = new Map<string, FieldModel>([
  field('type', 'string', ['incident', 'request', 'question']),
  field('priority', 'string', ['1 - Critical', '2 - High']),
  field('channel', 'string'),
  field('opened_at', 'timestamp'),
  field('resolved_at', 'timestamp'),
  field('due_date', 'date'),
  field('reopen_count', 'integer'),
  field('csat', 'integer'),
  field('handle_minutes', 'number'),
  field('first_contact', 'boolean'),
]);

/** The hints of the KPI0228 issues a measure raises, in order. */
function arithmeticHints(text: string): string[] {
  const { ast } = parseMeasure(text);
  return checkExpr(ast!, { fields, role: 'measure' })
    .diagnostics.filter((d) => d.code === 'KPI0228')
    .map((d) => createIssue(d.code, d.params).hint ?? '');
}

const { check, codes } = measureChecker(fields);

describe('checkExpr: comparisons', () => {
  it('compares numbers with numbers, text with text and timestamps with timestamps or dates', () => {
    expect(codes('csat > 3.5', 'where')).toEqual([]);
    expect(codes("channel = 'phone'", 'where')).toEqual([]);
    expect(codes('resolved_at > opened_at and resolved_at <= due_date', 'where')).toEqual([]);
    expect(codes('first_contact = true', 'where')).toEqual([]);
    expect(codes('reopen_count between 1 and 3.5', 'where')).toEqual([]);
    expect(codes("type in ('incident', 'request')", 'where')).toEqual([]);
  });

  it('refuses to compare values of different kinds, pointing at the whole comparison', () => {
    expect(check("reopen_count = 'x'", 'where').problems).toEqual([
      {
        code: 'KPI0225',
        at: "reopen_count = 'x'",
        severity: 'error',
        message: "Cannot compare reopen_count (a whole number) with 'x' (text).",
      },
    ]);
    expect(codes('type = first_contact', 'where')).toEqual(['KPI0225']);
  });

  it('points at each in-list item and between end that does not fit', () => {
    expect(check('csat in (1, true, 3)', 'where').problems.map((p) => p.at)).toEqual(['true']);
    expect(check('opened_at between due_date and 5', 'where').problems.map((p) => p.at)).toEqual(['5']);
  });

  it('explains that a timestamp cannot be compared with text, pointing at the text', () => {
    expect(check("opened_at > '2026-01-01'", 'where').problems).toEqual([
      {
        code: 'KPI0226',
        at: "'2026-01-01'",
        severity: 'error',
        message: "opened_at is a timestamp and cannot be compared with the text '2026-01-01'.",
      },
    ]);
  });

  it('warns about text a field does not declare, suggesting the nearest declared value', () => {
    expect(check("type = 'incdent'", 'where').problems).toEqual([
      {
        code: 'KPI0227',
        at: "'incdent'",
        severity: 'warning',
        message: "'incdent' is not one of the values declared for type. Did you mean 'incident'?",
      },
    ]);
    expect(check("priority in ('1 - Critical', '5 - Whenever')", 'where').problems.map((p) => p.at)).toEqual([
      "'5 - Whenever'",
    ]);
    expect(codes("'request' != type", 'where')).toEqual([]);
    expect(codes("channel = 'anything at all'", 'where')).toEqual([]);
  });

  it('warns that = null is never true and says to write is null', () => {
    expect(check('resolved_at = null', 'where').problems).toEqual([
      {
        code: 'KPI0235',
        at: 'resolved_at = null',
        severity: 'warning',
        message: 'resolved_at = null is never true: nothing equals null, not even null.',
      },
    ]);
    const { ast } = parseMeasure('null != resolved_at');
    const [warning] = checkExpr(ast!, { fields, role: 'where' }).diagnostics;
    expect(createIssue(warning!.code, warning!.params).hint).toBe('Write resolved_at is not null instead.');
  });
});

describe('checkExpr: operators', () => {
  it('does arithmetic on numbers only', () => {
    expect(check('sum(reopen_count + type)').problems).toEqual([
      {
        code: 'KPI0228',
        at: 'type',
        severity: 'error',
        message: "'+' needs numbers on both sides, but type is text.",
      },
    ]);
    expect(codes('avg(resolved_at - opened_at)')).toEqual(['KPI0228', 'KPI0228']);
    expect(codes('sum(-channel)')).toEqual(['KPI0228']);
  });

  it('suggests a duration function only for arithmetic on a timestamp or a date', () => {
    const timeHint =
      'To measure time between two timestamps use hours_between(a, b), minutes_between or days_between.';
    expect(arithmeticHints('avg(resolved_at - opened_at)')).toEqual([timeHint, timeHint]);
    expect(arithmeticHints('max(due_date + 1)')).toEqual([timeHint]);
  });

  it('suggests comparing and counting for arithmetic on text, with a declared value as the example', () => {
    expect(arithmeticHints('sum(channel + 1)')).toEqual([
      "Text cannot be calculated with: compare it, as in channel = '…', and count the rows that match with count(*) filter (where channel = '…') or share(channel = '…'). If it holds numbers, declare it as integer or number in the source.",
    ]);
    expect(arithmeticHints('sum(priority * 2)')[0]).toContain("as in priority = '1 - Critical',");
  });

  it('suggests share() or a filtered count for arithmetic on a condition', () => {
    expect(arithmeticHints('sum(first_contact + 0)')).toEqual([
      'first_contact is true or false for each row: share(first_contact) gives the percent of rows where it holds, count(*) filter (where first_contact) how many they are.',
    ]);
    expect(arithmeticHints('sum(-(reopen_count > 0))')[0]).toMatch(/^reopen_count > 0 is true or false/);
  });

  it('combines conditions only with and, or and not', () => {
    expect(check('reopen_count and first_contact', 'where').problems).toEqual([
      {
        code: 'KPI0229',
        at: 'reopen_count',
        severity: 'error',
        message: "'and' needs a condition (true or false for each row), but reopen_count is a whole number.",
      },
    ]);
    expect(codes('not channel', 'where')).toEqual(['KPI0229']);
  });

  it('wants conditions after when and one type across the values of a case', () => {
    expect(check('sum(case when reopen_count then 1 else 0 end)').problems[0]).toMatchObject({
      code: 'KPI0229',
      at: 'reopen_count',
    });
    expect(check("sum(case when first_contact then 1 else 'x' end)").problems).toEqual([
      {
        code: 'KPI0230',
        at: "'x'",
        severity: 'error',
        message: "The values of 'case' do not have one type: 1 is a whole number but 'x' is text.",
      },
    ]);
    expect(codes('max(case when first_contact then null else opened_at end)')).toEqual([]);
  });

  it('wants one type across the arguments of coalesce, least and greatest', () => {
    expect(check("max(coalesce(reopen_count, 'none'))").problems[0]).toMatchObject({
      code: 'KPI0230',
      at: "'none'",
    });
    expect(codes('max(least(opened_at, csat))')).toEqual(['KPI0230']);
  });
});

describe('checkExpr: aggregates and roles', () => {
  it('wants a condition in filter (where …)', () => {
    expect(check('count(*) filter (where reopen_count)').problems[0]?.message).toBe(
      'The filter (where …) of count(…) needs a condition (true or false for each row), but reopen_count is a whole number.',
    );
  });

  it('refuses an aggregate inside another', () => {
    expect(check('avg(count(*))').problems).toEqual([
      {
        code: 'KPI0231',
        at: 'count(*)',
        severity: 'error',
        message: 'count(*) is inside the aggregate avg(…); aggregates cannot be nested.',
      },
    ]);
    expect(codes('count(*) filter (where sum(csat) > 1)')).toEqual(['KPI0231']);
  });

  it('wants a measure to aggregate', () => {
    expect(check('hours_between(opened_at, resolved_at)').problems.map((p) => [p.code, p.at])).toEqual([
      ['KPI0232', 'hours_between(opened_at, resolved_at)'],
    ]);
    expect(codes('1 + 2')).toEqual(['KPI0232']);
  });

  it('wants every field of a measure inside an aggregate', () => {
    expect(check('avg(csat) + reopen_count').problems).toEqual([
      {
        code: 'KPI0233',
        at: 'reopen_count',
        severity: 'error',
        message: 'reopen_count is not inside an aggregate.',
      },
    ]);
    expect(codes("count(*) filter (where type = 'incident') * 100 / count(*)")).toEqual([]);
  });

  it('accepts a row condition as where:', () => {
    const result = check("type = 'incident' and resolved_at is not null", 'where');
    expect(result).toEqual({ type: 'boolean', fields: ['resolved_at', 'type'], problems: [] });
  });

  it('refuses aggregates in where:', () => {
    expect(check('count(*) > 5', 'where').problems).toEqual([
      {
        code: 'KPI0234',
        at: 'count(*)',
        severity: 'error',
        message: 'where: filters single rows, so it cannot use the aggregate count(…).',
      },
    ]);
    expect(codes('avg(count(*)) > 1', 'where')).toEqual(['KPI0234']);
  });

  it('wants where: to be a condition', () => {
    expect(check('reopen_count + 1', 'where').problems).toEqual([
      {
        code: 'KPI0229',
        at: 'reopen_count + 1',
        severity: 'error',
        message:
          'where: needs a condition (true or false for each row), but reopen_count + 1 is a whole number.',
      },
    ]);
  });
});
