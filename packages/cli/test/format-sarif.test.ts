import type { Issue, IssueDefinition } from '@nyckeltal/spec';
import { issueCatalog } from '@nyckeltal/spec';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../src/format/format-sarif.js';
import { sarifValidator } from './sarif-validator.js';

const catalog: ReadonlyMap<string, IssueDefinition> = new Map([
  [
    'KPI0201',
    {
      code: 'KPI0201',
      severity: 'error',
      title: 'Unknown field',
      message: 'Unknown field "{field}".',
      hint: 'Use a declared field.',
    },
  ],
  ['KPI0401', { code: 'KPI0401', severity: 'warning', title: 'Not specific', message: 'No description.' }],
]);

const issues: Issue[] = [
  {
    code: 'KPI0201',
    severity: 'error',
    message: 'Unknown field "prio".',
    hint: 'Use a declared field.',
    file: 'kpis/itsm/mean time.yaml',
    line: 12,
    column: 18,
    endLine: 12,
    endColumn: 22,
    subject: 'itsm.mttr',
  },
  {
    code: 'KPI0401',
    severity: 'warning',
    message: 'No description.',
    file: 'kpis/cx/nps.yaml',
    line: 1,
    column: 1,
  },
  { code: 'KPI0601', severity: 'error', message: 'A code outside this catalog, without a file.' },
];

describe('formatSarif', () => {
  it('writes a log that validates against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    const log = JSON.parse(formatSarif(issues, { catalog, toolVersion: '0.1.0' }));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('also validates with the real issue catalog as rules, and with no issues at all', () => {
    const validate = sarifValidator();
    for (const list of [issues, []]) {
      const log = JSON.parse(formatSarif(list, { catalog: issueCatalog, toolVersion: '0.1.0' }));
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
      expect(log.runs[0].tool.driver.rules).toHaveLength(issueCatalog.size);
    }
  });

  it('is checked by a schema that does reject a broken log', () => {
    const validate = sarifValidator();
    const log = JSON.parse(formatSarif(issues, { catalog, toolVersion: '0.1.0' }));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('turns catalog entries into rules and issues into results with relative URIs and regions', () => {
    const log = JSON.parse(formatSarif(issues, { catalog, toolVersion: '0.1.0' }));
    const run = log.runs[0];
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'KPI0201',
      name: 'UnknownField',
      shortDescription: { text: 'Unknown field' },
      fullDescription: { text: 'Unknown field "{field}".' },
      help: { text: 'Use a declared field.' },
      defaultConfiguration: { level: 'error' },
    });
    // Sorted: the issue without a file first, then kpis/cx/… before kpis/itsm/….
    expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['KPI0601', 'KPI0401', 'KPI0201']);
    const located = run.results[2];
    expect(located.ruleIndex).toBe(0);
    expect(located.level).toBe('error');
    expect(located.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'kpis/itsm/mean%20time.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 18, endLine: 12, endColumn: 22 },
    });
    expect(located.properties).toEqual({ subject: 'itsm.mttr' });
    expect(run.results[0].ruleIndex).toBeUndefined();
    expect(run.results[0].locations).toBeUndefined();
  });
});
