import type { Issue, LocalizedText, ProjectModel, ScorecardModel } from '@nyckeltal/spec';
import { escapeHtml } from './html-escape.js';

export interface IndexPageInput {
  /** The project's name, or the folder name when the project cannot be read. */
  readonly name: string;
  readonly lang: string;
  /** The scorecards to draw (public ones only: the page carries no token). */
  readonly scorecards: readonly ScorecardModel[];
  /** When the definitions have errors: the issues to show instead of any numbers. */
  readonly issues?: readonly Issue[];
  /** Development mode: the page loads /__reload.js and reloads when the project changes. */
  readonly dev: boolean;
}

/** Content-Security-Policy for the page: scripts only from this server, nothing inline. */
export const INDEX_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

/**
 * The server's index page: every given scorecard drawn by `<kpi-scorecard>` from
 * /api/scorecards/:id, or, when the definitions have errors, the list of issues with file
 * and line instead of stale numbers. Every project-provided text is escaped.
 *
 * @example
 * renderIndexPage({ name: 'Service desk KPIs', lang: 'sv', scorecards: [card], dev: false });
 * // '<!doctype html>…<kpi-scorecard src="/api/scorecards/service-desk" lang="sv">…'
 */
export function renderIndexPage(input: IndexPageInput): string {
  const lang = escapeHtml(input.lang);
  const body = input.issues ? issuesSection(input.issues) : scorecardSections(input);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.name)}</title>
<script type="module" src="/widgets.js"></script>${input.dev ? '\n<script type="module" src="/__reload.js"></script>' : ''}
<style>
  body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem 3rem; }
  header p, .audience { color: #555; }
  section { margin-top: 2.5rem; }
  .issues li { margin: 0.75rem 0; }
  .issues code { font-weight: 600; }
  .error { color: #a4000f; }
  .warning { color: #7a4d00; }
  @media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } header p, .audience { color: #aaa; } .error { color: #ff8a8a; } .warning { color: #ffcf70; } }
</style>
</head>
<body>
<header><h1>${escapeHtml(input.name)}</h1></header>
<main>
${body}
</main>
</body>
</html>
`;
}

function scorecardSections(input: IndexPageInput): string {
  if (input.scorecards.length === 0) return '<p>This project has no public scorecards yet.</p>';
  return input.scorecards
    .map((card, i) => {
      const description = card.description ? `\n  <p>${escapeHtml(card.description)}</p>` : '';
      const src = `/api/scorecards/${encodeURIComponent(card.id)}`;
      return `<section aria-labelledby="scorecard-${i}">
  <h2 id="scorecard-${i}">${escapeHtml(localized(card.title, input.lang))}</h2>${description}
  <p class="audience">${escapeHtml(card.audience)}</p>
  <kpi-scorecard src="${escapeHtml(src)}" lang="${escapeHtml(input.lang)}"></kpi-scorecard>
</section>`;
    })
    .join('\n');
}

function issuesSection(issues: readonly Issue[]): string {
  if (issues.length === 0)
    return `<section class="issues" role="alert">
<h2>The definitions have errors</h2>
<p>No numbers are shown until they are fixed; the server's log lists them.</p>
</section>`;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const items = issues
    .map((issue) => {
      const at = issue.file
        ? `${issue.file}${issue.line ? `:${issue.line}${issue.column ? `:${issue.column}` : ''}` : ''}`
        : 'project';
      const hint = issue.hint ? `<br><small>${escapeHtml(issue.hint)}</small>` : '';
      return `  <li class="${issue.severity}"><code>${escapeHtml(at)}</code> ${issue.severity} ${escapeHtml(issue.code)}: ${escapeHtml(issue.message)}${hint}</li>`;
    })
    .join('\n');
  return `<section class="issues" role="alert">
<h2>The definitions have ${errors === 1 ? '1 error' : `${errors} errors`}</h2>
<p>No numbers are shown until they are fixed. Save the files and this page reloads.</p>
<ol>
${items}
</ol>
</section>`;
}

/** The text in the page's language, else English. */
export function localized(text: LocalizedText, lang: string): string {
  return text[lang] ?? text.en;
}

/**
 * The page's inputs from a project state: its name and language, and its public scorecards.
 *
 * @example
 * pageInput(model, undefined, 'kpis', false).scorecards.length; // 2
 */
export function pageInput(
  model: ProjectModel | undefined,
  issues: readonly Issue[] | undefined,
  folderName: string,
  dev: boolean,
): IndexPageInput {
  if (!model) return { name: folderName, lang: 'en', scorecards: [], issues: issues ?? [], dev };
  const scorecards = [...model.scorecards.values()]
    .filter((c) => !c.private)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { name: model.settings.name, lang: model.settings.language, scorecards, dev };
}
