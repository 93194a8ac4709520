import type { Issue } from '@nyckeltal/spec';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from './format-github.js';

describe('formatGithub', () => {
  it('prints one ::error line per issue with file, line, column, range and the code as title', () => {
    const issue: Issue = {
      code: 'KPI0201',
      severity: 'error',
      message: 'Unknown field "prio".',
      hint: 'Did you mean "priority"?',
      file: 'kpis/itsm/mttr.yaml',
      line: 12,
      column: 18,
      endLine: 12,
      endColumn: 22,
    };
    expect(formatGithub([issue])).toBe(
      '::error file=kpis/itsm/mttr.yaml,line=12,col=18,endLine=12,endColumn=22,title=KPI0201::' +
        'Unknown field "prio".%0ADid you mean "priority"?\n',
    );
  });

  it('prints warnings as ::warning and leaves out the location parts it does not know', () => {
    const out = formatGithub([
      { code: 'KPI0401', severity: 'warning', message: 'No owner.', file: 'kpis/a.yaml' },
      { code: 'KPI0601', severity: 'error', message: 'No definitions.' },
    ]);
    expect(out).toBe(
      '::error title=KPI0601::No definitions.\n::warning file=kpis/a.yaml,title=KPI0401::No owner.\n',
    );
  });

  it('escapes the characters GitHub reads as separators', () => {
    const out = formatGithub([
      {
        code: 'KPI0005',
        severity: 'error',
        message: '100% sure,\r\nreally: yes',
        file: 'kpis/odd,name:x.yaml',
        line: 1,
      },
    ]);
    expect(out).toBe(
      '::error file=kpis/odd%2Cname%3Ax.yaml,line=1,title=KPI0005::100%25 sure,%0D%0Areally: yes\n',
    );
  });
});

describe('escapeData and escapeProperty', () => {
  it('escape % first so that escapes are not escaped twice', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
  });
});
