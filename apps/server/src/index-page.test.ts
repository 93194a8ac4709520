import { createIssue, type Issue, type ScorecardModel } from '@nyckeltal/spec';
import { describe, expect, it } from 'vitest';
import { pageInput, renderIndexPage } from './index-page.js';
import { projectLabel } from './project-state.js';

const card = (id: string, en: string, description?: string): ScorecardModel => ({
  id,
  title: { en },
  audience: 'Leads & "friends"',
  ...(description !== undefined && { description }),
  kpis: [],
  grain: 'month',
  history: 13,
  compare: 'previous',
  origin: { file: 'scorecards/x.yaml', line: 1, column: 1 },
});

const count = (text: string, part: string) => text.split(part).length - 1;

describe('renderIndexPage', () => {
  it('draws each scorecard once, by <kpi-scorecard> in the page language, with description and audience in its description slot', () => {
    const page = renderIndexPage({
      name: 'Nyckeltal',
      lang: 'sv',
      scorecards: [card('service-desk', 'Service desk', 'Veckans <siffror>'), card('cx', 'Customers')],
      dev: false,
    });
    expect(page).toContain('<html lang="sv">');
    // The widget draws the title; the page adds no heading of its own for a scorecard.
    expect(page).not.toContain('<h2');
    expect(page).not.toContain('Service desk');
    expect(count(page, '<kpi-scorecard ')).toBe(2);
    // The line is the widget's child, in its description slot, so it shows under the widget's header.
    expect(page).toContain(
      '<kpi-scorecard src="/api/scorecards/service-desk" lang="sv">\n    <p class="about" slot="description">Veckans &lt;siffror&gt; · För: Leads &amp; &quot;friends&quot;</p>\n  </kpi-scorecard>',
    );
    expect(page).toContain(
      '<kpi-scorecard src="/api/scorecards/cx" lang="sv">\n    <p class="about" slot="description">För: Leads &amp; &quot;friends&quot;</p>\n  </kpi-scorecard>',
    );
    expect(page).not.toContain('__reload.js');
  });

  it('gives a scorecard with neither description nor audience no empty line', () => {
    const bare = { ...card('cx', 'Customers'), audience: ' ' };
    const page = renderIndexPage({ name: 'K', lang: 'en', scorecards: [bare], dev: false });
    expect(page).toContain('<kpi-scorecard src="/api/scorecards/cx" lang="en"></kpi-scorecard>');
    expect(page).not.toContain('class="about"');
  });

  it('has an inline favicon, so the browser requests none from the server', () => {
    const page = renderIndexPage({ name: 'KPIs', lang: 'en', scorecards: [], dev: false });
    expect(page).toMatch(
      /<link rel="icon" href="data:image\/svg\+xml,%3Csvg%20xmlns%3D%27http[^"&]+%3C%2Fsvg%3E">/,
    );
  });

  it('says there are no scorecards in the page language', () => {
    expect(renderIndexPage({ name: 'K', lang: 'sv', scorecards: [], dev: false })).toContain(
      '<p>Projektet har inga publika styrkort än.</p>',
    );
    expect(renderIndexPage({ name: 'K', lang: 'en', scorecards: [], dev: false })).toContain(
      '<p>This project has no public scorecards yet.</p>',
    );
  });

  it('shows the issues with file, line, column and hint instead of scorecards, every text escaped', () => {
    const issues: Issue[] = [
      {
        code: 'KPI0406',
        severity: 'warning',
        message: 'A warning.',
        hint: 'A warning hint.',
        file: 'kpis/fcr.yaml',
        line: 7,
        column: 8,
      },
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
    expect(page).toContain('<span class="hint">Use &lt;b&gt;priority&lt;/b&gt;.</span>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<kpi-scorecard');
    expect(page).toContain('<h2>The definitions have 1 error</h2>');
    expect(page).toContain('Save the files and this page reloads.');
    expect(page).toContain('<script type="module" src="/__reload.js"></script>');
    // The error, which is why there are no numbers, comes before the warning.
    expect(page.indexOf('KPI0201')).toBeLessThan(page.indexOf('KPI0406'));
  });

  it('words the issues and their hints in Swedish on a Swedish page', () => {
    const issue = createIssue(
      'KPI0201',
      { field: 'resolved_att', suggestion: ' Did you mean "resolved_at"?' },
      { file: 'kpis/mttr.yaml', line: 10, column: 39 },
    );
    const page = renderIndexPage({ name: 'KPIs', lang: 'sv', scorecards: [], issues: [issue], dev: true });
    expect(page).toContain('<h2>Definitionerna har 1 fel</h2>');
    expect(page).toContain('Spara filerna så laddas sidan om.');
    // The Swedish catalog's KPI0201 text (packages/spec/src/issues/catalog-measure.sv.ts), filled in.
    expect(page).toContain(
      '<code>kpis/mttr.yaml:10:39</code> fel KPI0201: Källan har inget fält &quot;resolved_att&quot;. Menade du &quot;resolved_at&quot;?',
    );
    expect(page).toContain(
      '<span class="hint">Använd ett fält som är deklarerat under fields: i källfilen, eller deklarera &quot;resolved_att&quot; där.</span>',
    );
  });

  it('escapes the project name', () => {
    const page = renderIndexPage({
      name: '</title><script>x()</script>',
      lang: 'en',
      scorecards: [],
      dev: false,
    });
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
  });
});

describe('pageInput', () => {
  const broken = {
    model: undefined,
    issues: [
      createIssue('KPI0201', { field: 'x', suggestion: '' }, { file: 'kpis/a.yaml', line: 1, column: 1 }),
    ],
    settings: projectLabel(new TextEncoder().encode('kind: project\nname: Servicedesken\nlanguage: sv\n')),
  };

  it("keeps nyckeltal.yaml's name and language while other definitions are broken", () => {
    const input = pageInput(broken, { folderName: 'kpis', dev: true });
    expect(input).toMatchObject({ name: 'Servicedesken', lang: 'sv', scorecards: [] });
    expect(input.issues).toHaveLength(1);
  });

  it('takes ?lang= over the project language, and ignores a language the page does not speak', () => {
    expect(pageInput(broken, { folderName: 'kpis', dev: true, lang: 'en' }).lang).toBe('en');
    expect(pageInput(broken, { folderName: 'kpis', dev: true, lang: 'fi' }).lang).toBe('sv');
  });

  it('lists no issues outside development, and falls back to the folder name without nyckeltal.yaml', () => {
    const input = pageInput(
      { ...broken, settings: projectLabel(undefined) },
      { folderName: 'kpis', dev: false },
    );
    expect(input).toMatchObject({ name: 'kpis', lang: 'en', issues: [] });
  });
});

describe('projectLabel', () => {
  it('reads name and language from nyckeltal.yaml, and nothing from a broken one', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(projectLabel(encode('kind: project\nname: Desk\nlanguage: sv\n'))).toEqual({
      name: 'Desk',
      language: 'sv',
    });
    expect(projectLabel(encode('kind: project\nname: Desk\nlanguage: fi\nbogus: 1\n'))).toEqual({
      name: 'Desk',
      language: undefined,
    });
    expect(projectLabel(encode('kind: project\nname: [unclosed\n'))).toEqual({
      name: undefined,
      language: undefined,
    });
  });
});
