import { type Issue, type IssueLang, localizeIssue } from '@nyckeltal/spec';
import { type IssueSummary, sortIssues } from './summarize-issues.js';

/** An issue as the JSON output writes it: English message and hint, plus the chosen language's. */
export type JsonIssue = Issue & { localized?: { message: string; hint?: string } };

/**
 * Issues as one JSON document for scripts: `{ ok, issues, summary }`. `ok` is false
 * exactly when the command exits 1 (an error, or a warning under --strict). Each issue
 * keeps its English `message` and `hint` (the stable contract scripts match on) and its
 * `params`; under a language other than English the document says which (`lang`) and
 * each issue adds `localized: { message, hint }` in it.
 *
 * @example
 * JSON.parse(formatJson(issues, summary, false)).summary.errors; // 2
 * JSON.parse(formatJson(issues, summary, false, 'sv')).issues[0].localized.message; // 'Källan har inget fält …'
 */
export function formatJson(
  issues: readonly Issue[],
  summary: IssueSummary,
  ok: boolean,
  lang: IssueLang = 'en',
): string {
  const sorted = sortIssues(issues);
  if (lang === 'en') return `${JSON.stringify({ ok, issues: sorted, summary }, null, 2)}\n`;
  const localized: JsonIssue[] = sorted.map((issue) => {
    const { message, hint } = localizeIssue(issue, lang);
    return { ...issue, localized: hint === undefined ? { message } : { message, hint } };
  });
  return `${JSON.stringify({ ok, lang, issues: localized, summary }, null, 2)}\n`;
}
