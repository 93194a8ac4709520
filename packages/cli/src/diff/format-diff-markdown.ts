import { localizeIssue } from '@nyckeltal/spec';
import type { CommandContext } from '../command-spec.js';
import type { DiffReport } from './build-diff-report.js';
import {
  baseName,
  countChanges,
  formatDelta,
  formatValue,
  summaryLine,
  valuesHeading,
} from './format-diff.js';

/**
 * `kpi diff --format markdown`: a GitHub pull-request comment. A one-line summary first
 * (with a status mark), then the issues, a table per changed definition (field, before,
 * after, breaking?), the value table per breaking KPI, and the SQL diff in a collapsed
 * `<details>` block. All text from definitions is escaped for tables and HTML.
 *
 * @example
 * ctx.io.stdout(formatDiffMarkdown(report, ctx));
 * // **Nyckeltal** ❌ 1 definition changed (1 breaking), 0 added, 0 removed since main (3f2a9c1); 1 error
 */
export function formatDiffMarkdown(report: DiffReport, ctx: Pick<CommandContext, 't' | 'lang'>): string {
  const { t, lang } = ctx;
  const counts = countChanges(report);
  const mark = counts.errors > 0 ? '❌' : counts.breaking > 0 ? '⚠️' : '✅';
  const out: string[] = [`**Nyckeltal** ${mark} ${escapeText(summaryLine(report, t))}`, ''];
  if (report.base.note)
    out.push(
      `> ${escapeText(t(report.base.note === 'on-main' ? 'diff.note.onMain' : 'diff.note.noMain'))}`,
      '',
    );
  if (report.issues.length > 0) {
    out.push(`#### ${t('diff.issues')}`, '');
    for (const issue of report.issues.map((i) => localizeIssue(i, lang))) {
      const where = issue.file ? `\`${code(issue.file)}${issue.line ? `:${issue.line}` : ''}\` ` : '';
      const sev = issue.severity === 'error' ? '❌' : '⚠️';
      out.push(
        `- ${sev} ${where}**${issue.code}** ${escapeText(issue.message)}${issue.hint ? ` ${escapeText(issue.hint)}` : ''}`,
      );
    }
    out.push('');
  }
  const header = `| ${t('diff.col.field')} | ${t('diff.col.before')} | ${t('diff.col.after')} | ${t('diff.col.breaking')} |`;
  for (const change of report.changes) {
    const flag = change.breaking ? ` · **${t('diff.breaking')}**` : '';
    out.push(
      `#### ${t(`diff.kind.${change.kind}`)} \`${code(change.id)}\` — ${t(`diff.change.${change.change}`)}${flag}`,
      '',
      `<sub>${escapeText(change.file)}</sub>`,
      '',
      header,
      '| --- | --- | --- | --- |',
    );
    for (const f of change.fields) {
      const breaking = f.breaking ? `**${t('diff.yes')}**` : t('diff.no');
      out.push(
        `| ${escapeCell(f.field)} | ${escapeCell(f.before ?? '')} | ${escapeCell(f.after ?? '')} | ${breaking} |`,
      );
    }
    out.push('');
    const values = report.values.find((v) => v.kpi === change.id);
    if (values) {
      out.push(
        `**${escapeText(valuesHeading(report, values.rows.length, t))}**`,
        '',
        `| ${t('diff.col.period')} | ${t('diff.col.before')} | ${t('diff.col.after')} | ${t('diff.col.change')} |`,
        '| --- | ---: | ---: | ---: |',
        ...values.rows.map(
          (r) =>
            `| ${r.period} | ${formatValue(r.before, lang)} | ${formatValue(r.after, lang)} | ${formatDelta(r.before, r.after, lang)} |`,
        ),
        '',
      );
    }
    const sql = report.sql.find((s) => s.kpi === change.id);
    if (sql) {
      // A fence longer than any backtick run inside keeps the diff from closing it early.
      const fence = '`'.repeat(Math.max(3, ...[...sql.diff.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      out.push(
        `<details><summary>${t('diff.sql')}: ${escapeText(change.id)}</summary>`,
        '',
        `${fence}diff`,
        sql.diff.trimEnd(),
        fence,
        '',
        '</details>',
        '',
      );
    }
  }
  if (report.valuesSkipped && counts.breaking > 0)
    out.push(`<sub>${escapeText(t(`diff.values.${report.valuesSkipped}`))}</sub>`, '');
  out.push(
    `<sub>kpi diff · base ${escapeText(baseName(report))} · project ${escapeText(report.project)}</sub>`,
  );
  return `${out.join('\n')}\n`;
}

/** Text outside tables: HTML-significant characters escaped, so a title cannot inject markup. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|])/g, '\\$1');
}

/** A table cell: escaped, one line, pipes escaped. */
export function escapeCell(text: string): string {
  return escapeText(text.trim()).replace(/\r?\n/g, '<br>');
}

function code(text: string): string {
  return text.replace(/`/g, "'");
}
