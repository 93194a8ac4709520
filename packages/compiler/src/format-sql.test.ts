import { describe, expect, it } from 'vitest';
import { formatSql } from './format-sql.js';

describe('formatSql', () => {
  it('puts clauses on their own lines and one select item per line', () => {
    expect(formatSql('select "a", count(*) as "n" from "t" where "a" > $1 group by "a" order by "a"')).toBe(
      [
        'select',
        '  "a",',
        '  count(*) as "n"',
        'from "t"',
        'where "a" > $1',
        'group by "a"',
        'order by "a"',
      ].join('\n'),
    );
  });

  it('indents CTE bodies and keeps commas inside function calls on the line', () => {
    expect(formatSql('with "r" as (select *, f(a, b) as "x" from "s") select "x" from "r"')).toBe(
      [
        'with "r" as (',
        '  select',
        '    *,',
        '    f(a, b) as "x"',
        '  from "s"',
        ')',
        'select',
        '  "x"',
        'from "r"',
      ].join('\n'),
    );
  });

  it('leaves keywords inside strings, quoted names and parentheses alone', () => {
    const text = `select 'a, from b' as "where, x", count(*) filter (where "k" = 'select') as "n" from "t"`;
    expect(formatSql(text)).toBe(
      [
        'select',
        `  'a, from b' as "where, x",`,
        `  count(*) filter (where "k" = 'select') as "n"`,
        'from "t"',
      ].join('\n'),
    );
  });

  it('turns a comment leading a select item into a line comment above it', () => {
    expect(formatSql('select "a", /* kpi.x: Title */ count(*) as "n" from "t"')).toBe(
      ['select', '  "a",', '  -- kpi.x: Title', '  count(*) as "n"', 'from "t"'].join('\n'),
    );
  });

  it('does not take "nulls last" for a new clause', () => {
    expect(formatSql('select a from t order by a nulls last')).toBe(
      ['select', '  a', 'from t', 'order by a nulls last'].join('\n'),
    );
  });
});
