import type { Issue, ScorecardModel } from '@nyckeltal/spec';
import { describe, expect, it } from 'vitest';
import { renderIndexPage } from './index-page.js';

const card = (id: string, en: string, sv?: string): ScorecardModel => ({
  id,
  title: sv ? { en, sv } : { en },
  audience: 'Leads & "friends"',
  kpis: [],
  grain: 'month',
  history: 13,
  compare: 'previous',
  origin: { file: 'scorecards/x.yaml', line: 1, column: 1 },
});

describe('renderIndexPage', () => {
  it('draws each scorecard with <kpi-scorecard> in the page language, titles in that language', () => {
    const page = renderIndexPage({
      name: 'KPIs',
      lang: 'sv',
      scorecards: [card('service-desk', 'Service desk', 'Servicedesk'), card('cx', 'Customers')],
      dev: false,
    });
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<h2 id="scorecard-0">Servicedesk</h2>');
    expect(page).toContain('<h2 id="scorecard-1">Customers</h2>');
    expect(page).toContain('<kpi-scorecard src="/api/scorecards/service-desk" lang="sv"></kpi-scorecard>');
    expect(page).toContain('<p class="audience">Leads &amp; &quot;friends&quot;</p>');
    expect(page).not.toContain('__reload.js');
  });

  it('shows the issues with file, line and column instead of scorecards, every text escaped', () => {
    const issues: Issue[] = [
      {
        code: 'KPI0201',
        severity: 'error',
        message: 'Unknown field "<img src=x onerror=alert(1)>" in source "tickets".',
        hint: 'Use <b>priority</b>.',
        file: 'kpis/<evil>.yaml',
        line: 12,
        column: 18,
      },
    ];
    const page = renderIndexPage({
      name: 'KPIs',
      lang: 'en',
      scorecards: [card('a', 'A')],
      issues,
      dev: true,
    });
    expect(page).toContain('<code>kpis/&lt;evil&gt;.yaml:12:18</code> error KPI0201');
    expect(page).toContain('Unknown field &quot;&lt;img src=x onerror=alert(1)&gt;&quot;');
    expect(page).toContain('Use &lt;b&gt;priority&lt;/b&gt;.');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<kpi-scorecard');
    expect(page).toContain('<h2>The definitions have 1 error</h2>');
    expect(page).toContain('<script type="module" src="/__reload.js"></script>');
  });

  it('escapes the project name and an odd language code', () => {
    const page = renderIndexPage({
      name: '</title><script>x()</script>',
      lang: 'en"><x',
      scorecards: [],
      dev: false,
    });
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
    expect(page).toContain('<html lang="en&quot;&gt;&lt;x">');
    expect(page).toContain('This project has no public scorecards yet.');
  });
});
