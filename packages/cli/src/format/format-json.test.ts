import { createIssue, type Issue } from '@nyckeltal/spec';
import { describe, expect, it } from 'vitest';
import { formatJson } from './format-json.js';
import { failsValidation, summarizeIssues } from './summarize-issues.js';

const issues: Issue[] = [
  { code: 'KPI0401', severity: 'warning', message: 'No owner.', file: 'b.yaml', line: 3, column: 1 },
  { code: 'KPI0201', severity: 'error', message: 'Unknown field.', file: 'a.yaml', line: 9, column: 2 },
  { code: 'KPI0202', severity: 'error', message: 'Type error.', file: 'a.yaml', line: 2, column: 7 },
];

describe('formatJson', () => {
  it('writes ok, the issues sorted by file and line, and the counts', () => {
    const parsed = JSON.parse(formatJson(issues, summarizeIssues(issues, 14), false));
    expect(parsed.ok).toBe(false);
    expect(parsed.issues.map((i: Issue) => `${i.file}:${i.line}`)).toEqual([
      'a.yaml:2',
      'a.yaml:9',
      'b.yaml:3',
    ]);
    // Two errors, one warning; 14 files read, 2 of them (a.yaml, b.yaml) with issues.
    expect(parsed.summary).toEqual({ errors: 2, warnings: 1, files: 14, filesWithIssues: 2 });
    expect(parsed.issues[0]).toEqual(issues[2]);
  });
});

describe('formatJson in Swedish', () => {
  it('keeps message and hint in English and adds them in Swedish under localized', () => {
    const issue = createIssue('KPI0408', { kpi: 'itsm.mttr' }, { file: 'a.yaml', line: 1, column: 1 });
    const parsed = JSON.parse(formatJson([issue], summarizeIssues([issue], 1), true, 'sv'));
    expect(parsed.lang).toBe('sv');
    expect(parsed.issues[0]).toEqual({
      ...issue,
      localized: {
        message: 'T (Tidsbundet): nyckeltalet "itsm.mttr" saknar uppföljningsintervall.',
        hint: 'Lägg till "review:" med daily, weekly, monthly, quarterly eller yearly: hur ofta ägaren går igenom det.',
      },
    });
    expect(parsed.issues[0].message).toBe('T (Time-bound): KPI "itsm.mttr" has no review cadence.');
  });
});

describe('failsValidation', () => {
  it('fails on errors, passes on warnings alone, and fails on warnings under --strict', () => {
    const warningOnly = issues.slice(0, 1);
    expect(failsValidation(issues, false)).toBe(true);
    expect(failsValidation(warningOnly, false)).toBe(false);
    expect(failsValidation(warningOnly, true)).toBe(true);
    expect(failsValidation([], true)).toBe(false);
  });
});
