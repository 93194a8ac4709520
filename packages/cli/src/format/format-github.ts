import { type Issue, type IssueLang, localizeIssue } from '@nyckeltal/spec';
import { sortIssues } from './summarize-issues.js';

/**
 * Issues as GitHub Actions workflow commands, which GitHub shows as annotations on the
 * pull request's changed lines:
 *
 *     ::error file=kpis/itsm/mttr.yaml,line=12,col=18,endColumn=22,title=KPI0201::Unknown field "prio"…
 *
 * The hint follows the message on its own line, both in `lang` (the issue catalog's
 * Swedish words under 'sv'). Values are escaped as GitHub's runner requires: % \r \n
 * everywhere, and also : and , inside properties.
 *
 * @example
 * io.stdout(formatGithub(issues, 'sv'));
 */
export function formatGithub(issues: readonly Issue[], lang: IssueLang = 'en'): string {
  return sortIssues(issues)
    .map((english) => {
      const issue = localizeIssue(english, lang);
      const properties: [string, string | number | undefined][] = [
        ['file', issue.file],
        ['line', issue.file === undefined ? undefined : issue.line],
        ['col', issue.file === undefined || issue.line === undefined ? undefined : issue.column],
        ['endLine', issue.file === undefined ? undefined : issue.endLine],
        ['endColumn', issue.file === undefined || issue.line === undefined ? undefined : issue.endColumn],
        ['title', issue.code],
      ];
      const props = properties
        .filter((p): p is [string, string | number] => p[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
      const message = issue.hint ? `${issue.message}\n${issue.hint}` : issue.message;
      return `::${issue.severity} ${props}::${escapeData(message)}\n`;
    })
    .join('');
}

/**
 * Escapes a workflow command's message (its data), as @actions/core does.
 *
 * @example
 * escapeData('50% done\nnext'); // '50%25 done%0Anext'
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escapes a workflow command's property value, where : and , are separators.
 *
 * @example
 * escapeProperty('a,b:c'); // 'a%2Cb%3Ac'
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
