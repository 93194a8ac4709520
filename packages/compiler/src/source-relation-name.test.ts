import { describe, expect, it } from 'vitest';
import { sqlComment } from './plan-kpis.js';
import { sourceRelationName } from './source-relation-name.js';

describe('sourceRelationName', () => {
  it('prefixes src_ and replaces characters outside [a-z0-9_] with _', () => {
    expect(sourceRelationName('tickets')).toBe('src_tickets');
    expect(sourceRelationName('hr-it.cases')).toBe('src_hr_it_cases');
    expect(sourceRelationName('a"b; drop')).toBe('src_a_b__drop');
  });
});

describe('sqlComment', () => {
  it('keeps a title that tries to end the comment or start a new line inside the comment', () => {
    expect(sqlComment('x */ drop table t; /* y')).toBe('/* x * / drop table t; / * y */');
    expect(sqlComment('a\nselect 1\u2028-- b')).toBe('/* a select 1 -- b */');
  });
});
