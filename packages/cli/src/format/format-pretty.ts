import { type Issue, localizeIssue } from '@nyckeltal/spec';
import type { Colors } from '../ui/color.js';
import { type Lang, translate } from '../ui/messages.js';
import { textWidth } from '../ui/text-width.js';
import { type IssueSummary, sortIssues } from './summarize-issues.js';

export interface PrettyOptions {
  readonly lang: Lang;
  readonly colors: Colors;
  readonly summary: IssueSummary;
  /** File text by the same path the issues use, to quote the offending line. */
  readonly sources: ReadonlyMap<string, string>;
}

/** Longest stretch of a source line quoted; longer lines are cut around the column. */
const MAX_QUOTE = 160;

/**
 * Issues for a person at a terminal, grouped by file:
 *
 *     kpis/itsm/mttr.yaml:12:18  error  KPI0201  Unknown field "prio" in source "tickets".
 *       12 | measure: avg(prio)
 *          |              ^~~~
 *          = hint: Use one of the fields the source declares, such as "priority".
 *
 * then a summary line ("2 errors, 1 warning in 14 files."). Under `lang: 'sv'` the messages
 * and hints are the issue catalog's Swedish ones (spec's localizeIssue).
 *
 * @example
 * io.stdout(formatPretty(issues, { lang: 'en', colors, summary, sources }));
 */
export function formatPretty(issues: readonly Issue[], options: PrettyOptions): string {
  const { lang, colors, summary } = options;
  const blocks: string[] = [];
  let previous: { file: string | undefined; lines: number } | undefined;
  for (const issue of sortIssues(issues)) {
    // A blank line between files, and after an issue with a quoted line or hint so each stands apart.
    if (previous && (issue.file !== previous.file || previous.lines > 1)) blocks.push('');
    const lines = formatIssueLines(issue, options);
    previous = { file: issue.file, lines: lines.length };
    blocks.push(...lines);
  }
  if (blocks.length > 0) blocks.push('');
  const counts = { errors: summary.errors, warnings: summary.warnings, files: summary.files };
  const line =
    issues.length === 0
      ? translate(lang, 'summary.clean', counts)
      : translate(lang, 'summary.issues', counts);
  const styled =
    summary.errors > 0 ? colors.red(line) : summary.warnings > 0 ? colors.yellow(line) : colors.green(line);
  blocks.push(colors.bold(styled));
  return `${blocks.join('\n')}\n`;
}

/**
 * One issue's lines as `kpi validate` prints them: location, severity, code and message
 * in `lang`, the quoted line when its file's text is in `sources`, and the hint.
 *
 * @example
 * formatIssueLines(issue, { lang: 'sv', colors, sources: new Map() }).join('\n');
 * // 'sources/desk.yaml:1:1  fel  KPI0503  Källan "desk": datafilen "/p/data/desk.csv" finns inte.\n    = tips: Letade efter …'
 */
export function formatIssueLines(
  english: Issue,
  options: Pick<PrettyOptions, 'lang' | 'colors' | 'sources'>,
): string[] {
  const { lang, colors } = options;
  const issue = localizeIssue(english, lang);
  const location = issue.file
    ? [issue.file, issue.line, issue.line === undefined ? undefined : issue.column]
        .filter((p) => p !== undefined)
        .join(':')
    : translate(lang, 'issue.project');
  const severity = translate(lang, issue.severity === 'error' ? 'severity.error' : 'severity.warning');
  const paint = issue.severity === 'error' ? colors.red : colors.yellow;
  const lines = [`${colors.bold(location)}  ${paint(severity)}  ${colors.dim(issue.code)}  ${issue.message}`];
  const gutter = String(issue.line ?? '').length + 2;
  const text = issue.file === undefined ? undefined : options.sources.get(issue.file);
  if (text !== undefined && issue.line !== undefined) {
    const quoted = quoteLine(text, issue);
    if (quoted) {
      lines.push(`${colors.dim(`${String(issue.line).padStart(gutter)} |`)} ${quoted.source}`);
      lines.push(`${colors.dim(`${' '.repeat(gutter)} |`)} ${paint(quoted.marker)}`);
    }
  }
  if (issue.hint)
    lines.push(`${' '.repeat(gutter)} ${colors.cyan('=')} ${translate(lang, 'issue.hint')}: ${issue.hint}`);
  return lines;
}

/**
 * The issue's source line and a marker line under it: a caret at the column, or a
 * ^~~~ underline to endColumn (to the line's end for a range over several lines).
 * Tabs in the line are repeated in the marker so the caret lines up in any terminal.
 */
export function quoteLine(text: string, issue: Issue): { source: string; marker: string } | undefined {
  const line = text.split(/\r?\n/)[(issue.line ?? 0) - 1];
  if (line === undefined) return undefined;
  let start = Math.min(Math.max((issue.column ?? 1) - 1, 0), line.length);
  let end =
    issue.endColumn !== undefined && (issue.endLine === undefined || issue.endLine === issue.line)
      ? Math.min(issue.endColumn - 1, line.length)
      : issue.endLine !== undefined && issue.endLine > (issue.line ?? 0)
        ? line.length
        : start + 1;
  if (end <= start) end = start + 1;
  let shown = line;
  if (line.length > MAX_QUOTE) {
    const from = Math.max(0, start - 40);
    const lead = from > 0 ? '…' : '';
    shown = `${lead}${line.slice(from, from + MAX_QUOTE)}${from + MAX_QUOTE < line.length ? '…' : ''}`;
    start = start - from + lead.length;
    end = Math.min(end - from + lead.length, shown.length);
  }
  const pad = [...shown.slice(0, start)]
    .map((ch) => (ch === '\t' ? '\t' : ' '.repeat(textWidth(ch))))
    .join('');
  const width = Math.max(1, textWidth(shown.slice(start, end)));
  return { source: shown, marker: `${pad}^${'~'.repeat(width - 1)}` };
}
