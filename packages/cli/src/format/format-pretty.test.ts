import type { Issue } from '@nyckeltal/spec';
import { describe, expect, it } from 'vitest';
import { createColors } from '../ui/color.js';
import { formatPretty, quoteLine } from './format-pretty.js';
import { summarizeIssues } from './summarize-issues.js';

const mttr = 'kind: kpi\nmeasure: avg(prio)\nsource: tickets\n';
const unknownField: Issue = {
  code: 'KPI0201',
  severity: 'error',
  message: 'Unknown field "prio".',
  hint: 'Did you mean "priority"?',
  file: 'itsm/mttr.yaml',
  line: 2,
  // "measure: avg(" is 13 characters, so "prio" starts at column 14 and ends before column 18.
  column: 14,
  endColumn: 18,
};
const plain = createColors(false);

function pretty(issues: Issue[], sources: Record<string, string>, lang: 'en' | 'sv' = 'en', files = 3) {
  return formatPretty(issues, {
    lang,
    colors: plain,
    summary: summarizeIssues(issues, files),
    sources: new Map(Object.entries(sources)),
  });
}

describe('formatPretty', () => {
  it('prints location, severity, code and message, then the line with a ^~~~ under the range and the hint', () => {
    expect(pretty([unknownField], { 'itsm/mttr.yaml': mttr })).toBe(
      [
        'itsm/mttr.yaml:2:14  error  KPI0201  Unknown field "prio".',
        '  2 | measure: avg(prio)',
        `    | ${' '.repeat(13)}^~~~`,
        '    = hint: Did you mean "priority"?',
        '',
        '1 error, 0 warnings in 3 files.',
        '',
      ].join('\n'),
    );
  });

  it('puts a single caret at the column when the end is unknown', () => {
    const issue: Issue = { ...unknownField, endColumn: undefined, hint: undefined };
    const lines = pretty([issue], { 'itsm/mttr.yaml': mttr }).split('\n');
    expect(lines[2]).toBe(`    | ${' '.repeat(13)}^`);
  });

  it('groups issues by file with a blank line between files, project-wide issues first', () => {
    const issues: Issue[] = [
      {
        code: 'KPI0401',
        severity: 'warning',
        message: 'No review cadence.',
        file: 'b.yaml',
        line: 1,
        column: 1,
      },
      { code: 'KPI0301', severity: 'error', message: 'Duplicate id.', file: 'a.yaml', line: 4, column: 5 },
      { code: 'KPI0601', severity: 'error', message: 'No definitions.' },
      { code: 'KPI0302', severity: 'error', message: 'Cycle.', file: 'a.yaml', line: 1, column: 1 },
    ];
    const out = pretty(issues, {});
    expect(out.split('\n')).toEqual([
      '(project)  error  KPI0601  No definitions.',
      '',
      'a.yaml:1:1  error  KPI0302  Cycle.',
      'a.yaml:4:5  error  KPI0301  Duplicate id.',
      '',
      'b.yaml:1:1  warning  KPI0401  No review cadence.',
      '',
      '3 errors, 1 warning in 3 files.',
      '',
    ]);
  });

  it('separates issues that quote a line with a blank line, also within one file', () => {
    const second: Issue = { ...unknownField, line: 3, column: 9, endColumn: 16, message: 'Unknown source.' };
    const lines = pretty([second, unknownField], { 'itsm/mttr.yaml': mttr }).split('\n');
    expect(lines[4]).toBe('');
    expect(lines[5]).toBe('itsm/mttr.yaml:3:9  error  KPI0201  Unknown source.');
    expect(lines[6]).toBe('  3 | source: tickets');
    expect(lines[7]).toBe(`    | ${' '.repeat(8)}^~~~~~~`);
  });

  it('keeps tabs in the marker line so the caret lines up under tab-indented text', () => {
    const quoted = quoteLine('a: 1\n\tmeasure: x\n', {
      code: 'X',
      severity: 'error',
      message: '',
      line: 2,
      column: 11,
    });
    // Column 11 is the "x" after a tab and "measure: " (1 + 9 = 10 characters before it).
    expect(quoted).toEqual({ source: '\tmeasure: x', marker: `\t${' '.repeat(9)}^` });
  });

  it('cuts a very long line around the column and keeps the caret under the same character', () => {
    const line = `${'a'.repeat(500)}X${'b'.repeat(500)}`;
    const quoted = quoteLine(line, { code: 'X', severity: 'error', message: '', line: 1, column: 501 })!;
    const caretAt = quoted.marker.indexOf('^');
    expect(quoted.source[caretAt]).toBe('X');
    expect(quoted.source.length).toBeLessThanOrEqual(162);
  });

  it('says so when there are no issues', () => {
    expect(pretty([], {}, 'en', 14)).toBe('No issues in 14 files.\n');
    expect(pretty([], {}, 'en', 1)).toBe('No issues in 1 file.\n');
  });

  it('speaks Swedish when asked', () => {
    const out = pretty(
      [unknownField, { ...unknownField, severity: 'warning', line: 3, column: 1 }],
      {},
      'sv',
      14,
    );
    expect(out).toContain('itsm/mttr.yaml:2:14  fel  KPI0201');
    expect(out).toContain('itsm/mttr.yaml:3:1  varning  KPI0201');
    expect(out).toContain('= tips: Did you mean');
    expect(out).toContain('1 fel, 1 varning i 14 filer.');
  });

  it('colours the severity when colour is on', () => {
    const out = formatPretty([unknownField], {
      lang: 'en',
      colors: createColors(true),
      summary: summarizeIssues([unknownField], 1),
      sources: new Map(),
    });
    expect(out).toContain('\x1b[31merror\x1b[39m');
  });
});
