import { type Issue, type IssueLang, localizeIssue, type ScorecardModel } from '@nyckeltal/spec';
import { escapeHtml } from './html-escape.js';
import { type PageTexts, pageLanguage, pageTexts } from './page-texts.js';
import type { ProjectState } from './project-state.js';

export interface IndexPageInput {
  /** The project's name, or the folder name when nyckeltal.yaml cannot be read. */
  readonly name: string;
  /** The language of the page's own words, its titles and its widgets. */
  readonly lang: IssueLang;
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

/** A favicon drawn inline (three bars), so the browser asks the server for no /favicon.ico. */
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><rect width='16' height='16' rx='3' fill='#1f5fa8'/><path d='M3 13h2V8H3zm4 0h2V4H7zm4 0h2V6h-2z' fill='#fff'/></svg>",
).replace(/'/g, '%27')}`;

/**
 * The server's index page: every given scorecard drawn by `<kpi-scorecard>` from
 * /api/scorecards/:id (the widget shows its title; the page puts a line with the
 * description and the audience in the widget's `description` slot, under its header), or,
 * when the definitions have errors, the list of
 * issues with file, line and hint instead of stale numbers. The page's own words are in
 * `lang`, as are the widgets; every project-provided text is escaped.
 *
 * @example
 * renderIndexPage({ name: 'Service desk KPIs', lang: 'sv', scorecards: [card], dev: false });
 * // '<!doctype html>…<kpi-scorecard src="/api/scorecards/service-desk" lang="sv">…'
 */
export function renderIndexPage(input: IndexPageInput): string {
  const texts = pageTexts(input.lang);
  const body = input.issues
    ? issuesSection(input.issues, input.lang, texts, input.dev)
    : scorecardSections(input, texts);
  return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.name)}</title>
<link rel="icon" href="${escapeHtml(FAVICON)}">
<script type="module" src="/widgets.js"></script>${input.dev ? '\n<script type="module" src="/__reload.js"></script>' : ''}
<style>
  body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem 3rem; }
  .scorecard { margin-top: 2.5rem; }
  .about { margin: 0; font-size: 0.9em; }
  .issues { margin-top: 2.5rem; }
  .issues li { margin: 0.75rem 0; }
  .issues code { font-weight: 600; }
  .issues .hint { display: block; margin-top: 0.2rem; color: #444; }
  .error { color: #a4000f; }
  .warning { color: #7a4d00; }
  @media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } .issues .hint { color: #ccc; } .error { color: #ff8a8a; } .warning { color: #ffcf70; } }
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

function scorecardSections(input: IndexPageInput, texts: PageTexts): string {
  if (input.scorecards.length === 0) return `<p>${escapeHtml(texts.noScorecards)}</p>`;
  return input.scorecards
    .map((card) => {
      const src = `/api/scorecards/${encodeURIComponent(card.id)}`;
      const audience = card.audience.trim() ? texts.forAudience(card.audience) : undefined;
      const about = [card.description, audience]
        .filter((t): t is string => t !== undefined && t.trim() !== '')
        .map(escapeHtml)
        .join(' · ');
      const line = about ? `\n    <p class="about" slot="description">${about}</p>\n  ` : '';
      return `<div class="scorecard">
  <kpi-scorecard src="${escapeHtml(src)}" lang="${escapeHtml(input.lang)}">${line}</kpi-scorecard>
</div>`;
    })
    .join('\n');
}

function issuesSection(issues: readonly Issue[], lang: IssueLang, texts: PageTexts, dev: boolean): string {
  if (issues.length === 0)
    return `<section class="issues" role="alert">
<h2>${escapeHtml(texts.errorsUnlisted)}</h2>
<p>${escapeHtml(texts.errorsInLog)}</p>
</section>`;
  const errors = issues.filter((i) => i.severity === 'error').length;
  // Errors first: they are why no numbers show.
  const ordered = [
    ...issues.filter((i) => i.severity === 'error'),
    ...issues.filter((i) => i.severity !== 'error'),
  ];
  const items = ordered
    .map((original) => {
      const issue = localizeIssue(original, lang);
      const at = issue.file
        ? `${issue.file}${issue.line ? `:${issue.line}${issue.column ? `:${issue.column}` : ''}` : ''}`
        : texts.wholeProject;
      const hint = issue.hint ? `\n    <span class="hint">${escapeHtml(issue.hint)}</span>` : '';
      return `  <li class="${issue.severity}"><code>${escapeHtml(at)}</code> ${escapeHtml(texts.severity[issue.severity])} ${escapeHtml(issue.code)}: ${escapeHtml(issue.message)}${hint}</li>`;
    })
    .join('\n');
  return `<section class="issues" role="alert">
<h2>${escapeHtml(texts.errorsHeading(errors))}</h2>
<p>${escapeHtml(dev ? texts.errorsLead : texts.errorsInLog)}</p>
<ol>
${items}
</ol>
</section>`;
}

/**
 * The page's inputs from the project state and the request's `?lang=`: the project's name
 * (nyckeltal.yaml's even while other files are broken, else the folder's), the language,
 * and the public scorecards sorted by id, or the issues when the definitions have errors.
 *
 * @example
 * pageInput(state, { folderName: 'kpis', dev: false, lang: 'en' }).scorecards.length; // 2
 */
export function pageInput(
  state: Pick<ProjectState, 'model' | 'issues' | 'settings'>,
  options: { readonly folderName: string; readonly dev: boolean; readonly lang?: string },
): IndexPageInput {
  const name = state.settings.name ?? options.folderName;
  const lang = pageLanguage(options.lang, state.settings.language);
  const { dev } = options;
  // Issue texts name files and ids (private scorecards' too), so only development lists them.
  if (!state.model) return { name, lang, scorecards: [], issues: dev ? state.issues : [], dev };
  const scorecards = [...state.model.scorecards.values()]
    .filter((c) => !c.private)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { name, lang, scorecards, dev };
}
