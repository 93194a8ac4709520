import { describe, expect, it } from 'vitest';
import { field, measureChecker } from '../../test/measure-check.js';
import type { FieldModel } from '../model.js';

/** A tickets source like the one in DESIGN.md §2. */
const fields = new Map<string, FieldModel>([
  field('id', 'string'),
  field('type', 'string', ['incident', 'request', 'question']),
  field('priority', 'string', ['1 - Critical', '2 - High', '3 - Moderate', '4 - Low']),
  field('opened_at', 'timestamp'),
  field('resolved_at', 'timestamp'),
  field('due_date', 'date'),
  field('reopen_count', 'integer'),
  field('csat', 'integer'),
  field('handle_minutes', 'number'),
  field('first_contact', 'boolean'),
]);

const { check, codes } = measureChecker(fields);

describe('checkExpr: result types of valid measures', () => {
  it.each([
    ['count(*)', 'integer'],
    ['count(type)', 'integer'],
    ['count_distinct(id)', 'integer'],
    ['sum(reopen_count)', 'integer'],
    ['sum(handle_minutes)', 'number'],
    ['avg(csat)', 'number'],
    ['median(handle_minutes)', 'number'],
    ['percentile(handle_minutes, 0.9)', 'number'],
    ['min(opened_at)', 'timestamp'],
    ['max(due_date)', 'date'],
    ['max(reopen_count)', 'integer'],
    ["share(priority = '1 - Critical')", 'number'],
    ['nps(csat)', 'number'],
    ['top_box(csat, 4)', 'number'],
    ['avg(hours_between(opened_at, resolved_at))', 'number'],
    ['avg(days_between(due_date, resolved_at))', 'number'],
    ['count(*) * 100', 'integer'],
    ['sum(reopen_count) / count(*)', 'number'],
    ['-sum(reopen_count)', 'integer'],
    ['sum(coalesce(reopen_count, handle_minutes))', 'number'],
    ['max(greatest(opened_at, due_date))', 'timestamp'],
    ['sum(case when first_contact then 1 else 0 end)', 'integer'],
  ])('%s is %s', (text, type) => {
    const result = check(text);
    expect(result.problems).toEqual([]);
    expect(result.type).toBe(type);
  });

  it('lists the fields read, sorted, each once, including those in filters', () => {
    const text =
      "avg(hours_between(opened_at, resolved_at)) filter (where type = 'incident' and resolved_at is not null)";
    expect(check(text).fields).toEqual(['opened_at', 'resolved_at', 'type']);
  });

  it('accepts a business duration in a known calendar', () => {
    const text = "avg(business_hours_between(opened_at, resolved_at, 'se-office'))";
    expect(check(text, 'measure', new Set(['se-office'])).problems).toEqual([]);
  });
});

describe('checkExpr: aggregate argument types', () => {
  it('wants numbers for sum, avg, median, percentile, nps and top_box', () => {
    expect(check('avg(priority)').problems).toEqual([
      {
        code: 'KPI0220',
        at: 'priority',
        severity: 'error',
        message: 'avg needs a number, but priority is text.',
      },
    ]);
    expect(check('sum(opened_at)').problems[0]).toMatchObject({ code: 'KPI0220', at: 'opened_at' });
    expect(check('median(first_contact)').problems[0]?.message).toBe(
      'median needs a number, but first_contact is a condition (true or false).',
    );
    expect(codes('percentile(type, 0.5)')).toEqual(['KPI0220']);
    expect(codes('nps(type)')).toEqual(['KPI0220']);
    expect(codes('top_box(type, 4)')).toEqual(['KPI0220']);
  });

  it('wants a number, timestamp or date for min and max', () => {
    expect(check('min(type)').problems[0]?.message).toBe(
      'min needs a number, a timestamp or a date, but type is text.',
    );
    expect(codes('max(first_contact)')).toEqual(['KPI0220']);
  });

  it('wants a condition in share', () => {
    expect(check('share(reopen_count)').problems).toEqual([
      {
        code: 'KPI0229',
        at: 'reopen_count',
        severity: 'error',
        message:
          'share(…) needs a condition (true or false for each row), but reopen_count is a whole number.',
      },
    ]);
  });

  it('wants the percentile as a number from 0 to 1 written out', () => {
    expect(codes('percentile(handle_minutes, 0)')).toEqual([]);
    expect(codes('percentile(handle_minutes, 1)')).toEqual([]);
    expect(check('percentile(handle_minutes, 1.5)').problems[0]).toMatchObject({
      code: 'KPI0221',
      at: '1.5',
    });
    expect(check('percentile(handle_minutes, -0.1)').problems[0]).toMatchObject({
      code: 'KPI0221',
      at: '-0.1',
    });
    expect(check('percentile(handle_minutes, csat)').problems[0]).toMatchObject({
      code: 'KPI0221',
      at: 'csat',
    });
  });

  it('wants the top-box score as a number written out', () => {
    expect(check('top_box(csat, reopen_count)').problems[0]).toMatchObject({
      code: 'KPI0222',
      at: 'reopen_count',
    });
    expect(check("top_box(csat, '4')").problems[0]).toMatchObject({ code: 'KPI0222', at: "'4'" });
  });

  it('lets count and count_distinct count anything', () => {
    expect(codes('count(first_contact) + count_distinct(opened_at)')).toEqual([]);
  });
});

describe('checkExpr: durations', () => {
  it('wants two timestamps or dates', () => {
    expect(check('avg(hours_between(opened_at, reopen_count))').problems).toEqual([
      {
        code: 'KPI0220',
        at: 'reopen_count',
        severity: 'error',
        message: 'hours_between needs a timestamp or a date, but reopen_count is a whole number.',
      },
    ]);
    expect(codes('avg(minutes_between(type, resolved_at))')).toEqual(['KPI0220']);
  });

  it('wants timestamps, not dates, in business durations', () => {
    const text = "avg(business_hours_between(opened_at, due_date, 'se-office'))";
    expect(check(text).problems[0]).toMatchObject({ code: 'KPI0220', at: 'due_date' });
  });

  it('wants the calendar as quoted text', () => {
    const text = 'avg(business_minutes_between(opened_at, resolved_at, type))';
    expect(check(text).problems[0]).toMatchObject({ code: 'KPI0223', at: 'type' });
  });

  it('checks the calendar exists when calendars are known, suggesting the nearest', () => {
    const text = "avg(business_days_between(opened_at, resolved_at, 'se-ofice'))";
    expect(check(text).problems).toEqual([]);
    expect(check(text, 'measure', new Set(['se-office', 'uk-office'])).problems).toEqual([
      {
        code: 'KPI0224',
        at: "'se-ofice'",
        severity: 'error',
        message: 'There is no calendar "se-ofice". Did you mean \'se-office\'?',
      },
    ]);
  });
});

describe('checkExpr: fields', () => {
  it('reports an unknown field with the nearest declared one', () => {
    expect(check('avg(reopen_cnt)').problems).toEqual([
      {
        code: 'KPI0201',
        at: 'reopen_cnt',
        severity: 'error',
        message: 'The source has no field "reopen_cnt". Did you mean "reopen_count"?',
      },
    ]);
    expect(check('sum(zzz)').problems[0]?.message).toBe('The source has no field "zzz".');
  });

  it('reports an unknown field once, not again at every level above it', () => {
    expect(codes('avg(nope + 1) * 2')).toEqual(['KPI0201']);
    expect(check('nope + 1', 'where')).toMatchObject({ type: 'null', problems: [{ code: 'KPI0201' }] });
  });
});
