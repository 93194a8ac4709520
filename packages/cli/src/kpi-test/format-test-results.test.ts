import { describe, expect, it } from 'vitest';
import { createColors } from '../ui/color.js';
import { formatTestJson, formatTestPretty } from './format-test-results.js';
import type { KpiTestResult } from './run-kpi-test.js';

const pass: KpiTestResult = {
  test: 'surveys',
  file: 'tests/surveys.yaml',
  line: 12,
  kpi: 'cx.nps',
  period: '2026-10',
  expected: 20,
  tolerance: 1e-6,
  actual: 20,
  sample: 10,
  passed: true,
};
const fail: KpiTestResult = {
  ...pass,
  test: 'tickets-resolution',
  file: 'tests/tickets-resolution.yaml',
  line: 44,
  kpi: 'itsm.mttr',
  expected: 9,
  expectedSample: 4,
  actual: 8,
  sample: 4,
  passed: false,
  sql: 'select 1\n',
};
const options = { lang: 'en', colors: createColors(false), files: 2 } as const;

describe('formatTestPretty', () => {
  it('lists each test with its count, then each failure with file:line, values and SQL, then a summary', () => {
    expect(formatTestPretty([pass, fail], options)).toBe(
      [
        '✓ surveys               1/1  tests/surveys.yaml',
        '✗ tickets-resolution    0/1  tests/tickets-resolution.yaml',
        '',
        '✗ FAIL  tests/tickets-resolution.yaml:44  itsm.mttr 2026-10',
        '  expected 9 (sample 4)',
        '  actual   8 (sample 4)',
        'select 1',
        '',
        '1 passed, 1 failed (2 files)',
        '',
      ].join('\n'),
    );
  });

  it('shows an engine error instead of an actual value, and rounds to seven decimals', () => {
    const broken = { ...fail, expected: 10 / 3, actual: null, sample: null, error: 'no such table' };
    const text = formatTestPretty([broken], { ...options, lang: 'sv' });
    expect(text).toContain('  väntat 3.3333333 (urval 4)\n  fel    no such table\n');
    expect(text).toContain('0 godkända, 1 underkända (2 filer)');
  });

  it('says so when there are no tests', () => {
    expect(formatTestPretty([], options)).toBe('No KPI tests found (tests are files with "kind: test").\n');
  });
});

describe('formatTestJson', () => {
  it('counts passes and failures and keeps the SQL of failures only', () => {
    const report = JSON.parse(formatTestJson([pass, fail], { ...options, shown: (f) => `kpis/${f}` }));
    expect(report).toMatchObject({ passed: 1, failed: 1, files: 2 });
    expect(report.results[0]).toEqual({
      test: 'surveys',
      file: 'kpis/tests/surveys.yaml',
      line: 12,
      kpi: 'cx.nps',
      period: '2026-10',
      expected: 20,
      tolerance: 1e-6,
      actual: 20,
      sample: 10,
      passed: true,
    });
    expect(report.results[1]).toMatchObject({ expected_sample: 4, passed: false, sql: 'select 1\n' });
  });
});
