import { describe, expect, it } from 'vitest';
import type { Issue } from './issue.js';
import { createIssue } from './issue-catalog.js';
import { localizeIssue } from './localize-issue.js';

describe('createIssue', () => {
  it('keeps the params the message was filled from, without the undefined ones', () => {
    const issue = createIssue('KPI0302', {
      kpi: 'itsm.mttr',
      source: 'tikets',
      suggestion: '',
      known: 'tickets',
    });
    expect(issue.params).toEqual({ kpi: 'itsm.mttr', source: 'tikets', suggestion: '', known: 'tickets' });
    expect(createIssue('KPI0004', { unused: undefined }).params).toBeUndefined();
  });
});

describe('localizeIssue', () => {
  it('words an unknown field in Swedish, the suggestion included, at the same place', () => {
    const at = { file: 'kpis/itsm/mttr.yaml', line: 12, column: 18, subject: 'itsm.mttr' };
    const issue = createIssue('KPI0201', { field: 'prio', suggestion: ' Did you mean "priority"?' }, at);
    expect(localizeIssue(issue, 'sv')).toEqual({
      ...issue,
      message: 'Källan har inget fält "prio". Menade du "priority"?',
      hint: 'Använd ett fält som är deklarerat under fields: i källfilen, eller deklarera "prio" där.',
    });
  });

  it('keeps the English message and hint in the issue it is given', () => {
    const issue = createIssue('KPI0408', { kpi: 'itsm.mttr' });
    localizeIssue(issue, 'sv');
    expect(issue.message).toBe('T (Time-bound): KPI "itsm.mttr" has no review cadence.');
  });

  it('gives the issue back unchanged in English', () => {
    const issue = createIssue('KPI0408', { kpi: 'itsm.mttr' });
    expect(localizeIssue(issue, 'en')).toBe(issue);
  });

  it('falls back to English for a code without Swedish words', () => {
    const issue: Issue = { code: 'KPI9999', severity: 'warning', message: 'Made by hand.', params: { x: 1 } };
    expect(localizeIssue(issue, 'sv')).toBe(issue);
  });

  it('falls back to English when the issue lacks a param the Swedish template needs', () => {
    const issue: Issue = {
      code: 'KPI0408',
      severity: 'warning',
      message: 'T (Time-bound): KPI "x" has no …',
    };
    expect(localizeIssue(issue, 'sv')).toBe(issue);
  });
});
