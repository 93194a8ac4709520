import type { Issue } from './issue.js';
import { issueCatalogSv } from './issue-catalog-sv.js';
import { fillTemplate } from './issue-definition.js';
import { paramsInSwedish } from './params-sv.js';

/** The languages issues can be worded in. English is the catalog itself. */
export type IssueLang = 'en' | 'sv';

/**
 * The issue worded in `lang`: the Swedish templates of its code filled from the params it
 * was raised with (and the English phrases a stage put into those params turned into
 * Swedish where known). Code, severity, location and params stay as they are. English,
 * a code with no Swedish words, or an issue without params for a template that needs
 * some (made by hand, not by createIssue) give the issue back unchanged.
 *
 * @example
 * const issue = createIssue('KPI0201', { field: 'prio', suggestion: ' Did you mean "priority"?' });
 * localizeIssue(issue, 'sv').message; // 'Källan har inget fält "prio". Menade du "priority"?'
 */
export function localizeIssue(issue: Issue, lang: IssueLang): Issue {
  if (lang === 'en') return issue;
  const text = issueCatalogSv.get(issue.code);
  if (!text) return issue;
  const given = issue.params ?? {};
  if (needsParams(text.message, given) || (text.hint !== undefined && needsParams(text.hint, given))) {
    return issue;
  }
  const params = paramsInSwedish(issue.code, given);
  const localized: Issue = { ...issue, message: fillTemplate(text.message, params) };
  if (text.hint !== undefined && issue.hint !== undefined) localized.hint = fillTemplate(text.hint, params);
  return localized;
}

/** True when a template has a placeholder the params do not fill (the English words are then safer). */
function needsParams(template: string, params: Readonly<Record<string, unknown>>): boolean {
  return [...template.matchAll(/\{(\w+)\}/g)].some((m) => params[m[1]!] === undefined);
}

/**
 * The placeholder names a template uses, for checking translations against the English.
 *
 * @example
 * templatePlaceholders('KPI "{kpi}" reads "{source}"{suggestion}.'); // ['kpi', 'source', 'suggestion']
 */
export function templatePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
