import { describe, expect, it } from 'vitest';
import { parseMeasure } from '../measure/parse-measure.js';
import { inferMeasureUnit, type MeasureUnit } from './measure-unit.js';

function unitOf(text: string, durationFields?: ReadonlyMap<string, MeasureUnit>) {
  const { ast, diagnostics } = parseMeasure(text);
  expect(diagnostics).toEqual([]);
  return inferMeasureUnit(ast!, durationFields)?.unit;
}

describe('inferMeasureUnit', () => {
  it('reads share and top_box as percent, nps as a score', () => {
    expect(unitOf("share(priority = '1 - Critical')")).toBe('percent');
    expect(unitOf('top_box(score, 4) filter (where score is not null)')).toBe('percent');
    expect(unitOf('nps(score)')).toBe('score');
  });

  it('reads an aggregate of a duration function in that function’s unit', () => {
    expect(unitOf('avg(hours_between(opened_at, resolved_at))')).toBe('hours');
    expect(unitOf("median(business_hours_between(opened_at, resolved_at, 'office'))")).toBe('hours');
    expect(unitOf('percentile(minutes_between(opened_at, first_response_at), 0.9)')).toBe('minutes');
    expect(unitOf("max(business_minutes_between(opened_at, first_response_at, 'office'))")).toBe('minutes');
    expect(unitOf('min(days_between(opened_at, resolved_at))')).toBe('days');
    expect(unitOf("sum(business_days_between(opened_at, resolved_at, 'office'))")).toBe('days');
  });

  it('reads counts as count, and a count over a count as a ratio that may also be a count per thing', () => {
    expect(unitOf('count(*)')).toBe('count');
    expect(unitOf('count_distinct(assignee) filter (where active)')).toBe('count');
    const ratio = inferMeasureUnit(parseMeasure('count(*) / count_distinct(assignee)').ast!);
    expect(ratio).toEqual({
      unit: 'ratio',
      accepts: ['ratio', 'count'],
      shape: 'count(*) / count_distinct(…)',
    });
  });

  it('names the part of the measure that decides the unit, leaving arguments out', () => {
    const shape = (text: string) => inferMeasureUnit(parseMeasure(text).ast!)?.shape;
    expect(shape("share(priority = '1 - Critical')")).toBe('share(…)');
    expect(shape('avg(hours_between(opened_at, resolved_at)) filter (where closed)')).toBe(
      'avg(hours_between(…))',
    );
    expect(shape('count(*) filter (where churned) * 100 / count(*)')).toBe('count(*) * 100 / count(*)');
  });

  it('reads a count over a count times 100 as percent, however the 100 is placed', () => {
    expect(unitOf('count(*) filter (where churned) / count(*) * 100')).toBe('percent');
    expect(unitOf('100 * (count(*) filter (where churned) / count(*))')).toBe('percent');
    expect(unitOf('count(*) filter (where churned) * 100 / count(*)')).toBe('percent');
    expect(unitOf('100.0 * count(*) filter (where churned) / count(*)')).toBe('percent');
  });

  it('reads a field as a duration only when told its unit, as for an SLA policy’s clocks', () => {
    expect(unitOf('avg(resolution_hours)')).toBeUndefined();
    expect(unitOf('avg(resolution_hours)', new Map([['resolution_hours', 'hours']]))).toBe('hours');
  });

  it('says nothing about arithmetic it cannot be sure of', () => {
    for (const text of [
      'sum(handling_cost) / count(*)',
      'avg(hours_between(opened_at, resolved_at)) * 60',
      'avg(hours_between(opened_at, resolved_at)) / 24',
      'avg(coalesce(hours_between(opened_at, resolved_at), 0))',
      'avg(score)',
      'sum(reopen_count)',
      'sum(active) / sum(licensed) * 100',
      'count(*) / count(*) * 10',
      'share(met) / 100',
      'count(*) - count(*) filter (where churned)',
    ]) {
      expect(unitOf(text), text).toBeUndefined();
    }
  });
});
