import { describe, expect, it } from 'vitest';
import { parseDemoArgs, planDemoData } from '../src/index.js';

describe('planDemoData', () => {
  it('defaults to 24 months through October 2026, seed 42 and 50,000 tickets', () => {
    const plan = planDemoData({ file: 'demo.duckdb' });
    expect(plan).toMatchObject({
      seed: 42,
      tickets: 50_000,
      months: 24,
      start: '2024-11-01',
      end: '2026-11-01',
    });
    // 50,000 / 25 = 2,000 employees and customers at the start
    expect(plan.employees).toBe(2000);
    expect(plan.customers).toBe(2000);
  });

  it('gives the start and end as Stockholm midnights with the offset in force (CET in winter, CEST in summer)', () => {
    expect(planDemoData({ file: 'x' }).endInstant).toBe('2026-11-01 00:00:00+01:00');
    const summer = planDemoData({ file: 'x', start: '2025-06-01', months: 2 });
    expect(summer.startInstant).toBe('2025-06-01 00:00:00+02:00');
    expect(summer.end).toBe('2025-08-01');
  });

  it('rejects a start that is not the first of a month, and counts that are not whole numbers', () => {
    expect(() => planDemoData({ file: 'x', start: '2025-06-15' })).toThrow(RangeError);
    expect(() => planDemoData({ file: 'x', tickets: 0 })).toThrow(/tickets/);
    expect(() => planDemoData({ file: 'x', seed: 1.5 })).toThrow(/seed/);
  });
});

describe('parseDemoArgs', () => {
  it('reads flags in both forms and numbers with _ separators', () => {
    expect(parseDemoArgs(['--tickets', '10_000_000', '--seed=7', '--file', 'big.duckdb'])).toEqual({
      kind: 'options',
      options: { file: 'big.duckdb', tickets: 10_000_000, seed: 7 },
    });
  });

  it('writes to the catalog database when no file is given', () => {
    expect(parseDemoArgs([])).toEqual({ kind: 'options', options: { file: 'kpis/data/demo.duckdb' } });
  });

  it('explains unknown options, missing values and non-numbers instead of guessing', () => {
    expect(parseDemoArgs(['--ticket', '5'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('--ticket'),
    });
    expect(parseDemoArgs(['--seed'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('needs a value'),
    });
    expect(parseDemoArgs(['--months', 'two'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('whole number'),
    });
    expect(parseDemoArgs(['--help'])).toEqual({ kind: 'help' });
  });
});
