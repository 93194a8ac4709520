import { localizeIssue } from '@nyckeltal/spec';
import type { CommandContext } from '../command-spec.js';
import { formatNumber } from '../ui/format-number.js';
import type { Lang } from '../ui/messages.js';
import { formatTable } from '../ui/table.js';
import type { DiffReport } from './build-diff-report.js';
import type { DefinitionChange } from './diff-projects.js';

type Translate = CommandContext['t'];

/** Counts for the one-line summary: definitions changed, breaking, added, removed, errors. */
export interface DiffCounts {
  readonly changed: number;
  readonly breaking: number;
  readonly added: number;
  readonly removed: number;
  readonly errors: number;
  readonly warnings: number;
}

/**
 * The numbers the summary line is made of.
 *
 * @example
 * countChanges(report); // { changed: 2, breaking: 1, added: 1, removed: 0, errors: 1, warnings: 0 }
 */
export function countChanges(report: DiffReport): DiffCounts {
  const by = (kind: DefinitionChange['change']) => report.changes.filter((c) => c.change === kind).length;
  return {
    changed: by('changed'),
    breaking: report.changes.filter((c) => c.breaking).length,
    added: by('added'),
    removed: by('removed'),
    errors: report.issues.filter((i) => i.severity === 'error').length,
    warnings: report.issues.filter((i) => i.severity === 'warning').length,
  };
}

/** "main (3f2a9c1)" or "HEAD (…)": how the base is named in summaries. */
export function baseName(report: DiffReport): string {
  return `${report.base.label} (${report.base.commit.slice(0, 7)})`;
}

/**
 * The one-line summary, in the CLI's language.
 *
 * @example
 * summaryLine(report, t); // '2 definitions changed (1 breaking), 1 added, 0 removed since main (3f2a9c1); 1 error'
 */
export function summaryLine(report: DiffReport, t: Translate): string {
  const counts = countChanges(report);
  const base = baseName(report);
  const changes =
    report.changes.length === 0
      ? t('diff.none', { base }).replace(/\.$/, '')
      : t('diff.summary', { ...counts, base });
  return counts.errors > 0 ? `${changes}; ${t('diff.errors', { n: counts.errors })}` : changes;
}

/**
 * A value as the value tables show it: up to two decimals in the language's number
 * format, "–" for no value.
 *
 * @example
 * formatValue(9.456, 'en'); // '9.46'
 * formatValue(18.5714, 'sv'); // '18,57'
 */
export function formatValue(value: number | null, lang: Lang): string {
  return value === null ? '–' : formatNumber(value, lang, { maxDigits: 2 });
}

/**
 * after − before, signed, or "–" when either side has no value. Taken between the values
 * as shown (two decimals), so the column adds up for a reader: 1.5 → 1.375 shows 1.38 and −0.12.
 *
 * @example
 * formatDelta(24, 12.5, 'sv'); // '−11,5'
 */
export function formatDelta(before: number | null, after: number | null, lang: Lang): string {
  if (before === null || after === null) return '–';
  return formatNumber(asShown(after) - asShown(before), lang, { maxDigits: 2, signed: true });
}

/** Rounded to two decimals as Intl rounds (halves away from zero), so −1.375 is −1.38 like 1.375 is 1.38. */
function asShown(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100;
}

/** The heading of a value table: "Values before and after, last 3 periods (month)". */
export function valuesHeading(report: DiffReport, rows: number, t: Translate): string {
  return t('diff.values', { n: rows, grain: t(`grain.${report.grain}`) });
}

/**
 * The terminal output of `kpi diff`: a block per changed definition with a field table
 * (breaking rows marked), the issues, the value tables and the SQL diffs; colours from ctx.
 *
 * @example
 * ctx.io.stdout(formatDiffText(report, ctx));
 */
export function formatDiffText(
  report: DiffReport,
  ctx: Pick<CommandContext, 't' | 'colors' | 'lang'>,
): string {
  const { t, colors: c, lang } = ctx;
  const out: string[] = [];
  for (const change of report.changes) {
    const state = t(`diff.change.${change.change}`);
    const flag = change.breaking ? ` ${c.red(t('diff.breaking'))}` : '';
    out.push(
      `${c.bold(`${t(`diff.kind.${change.kind}`)} ${change.id}`)}  ${state}${flag}  ${c.dim(change.file)}`,
    );
    const rows = change.fields.map((f) => [
      f.field,
      oneLine(f.before ?? ''),
      oneLine(f.after ?? ''),
      f.breaking ? c.red(t('diff.yes')) : t('diff.no'),
    ]);
    const header = [t('diff.col.field'), t('diff.col.before'), t('diff.col.after'), t('diff.col.breaking')];
    out.push(indent(formatTable(rows, { header, styleHeader: c.dim })), '');
  }
  for (const comparison of report.values) {
    out.push(c.bold(`${comparison.kpi} — ${valuesHeading(report, comparison.rows.length, t)}`));
    const rows = comparison.rows.map((r) => [
      r.period,
      formatValue(r.before, lang),
      formatValue(r.after, lang),
      formatDelta(r.before, r.after, lang),
    ]);
    const header = [t('diff.col.period'), t('diff.col.before'), t('diff.col.after'), t('diff.col.change')];
    out.push(
      indent(formatTable(rows, { header, align: ['left', 'right', 'right', 'right'], styleHeader: c.dim })),
      '',
    );
  }
  if (report.valuesSkipped) out.push(c.dim(t(`diff.values.${report.valuesSkipped}`)), '');
  for (const sql of report.sql) {
    out.push(c.bold(`${sql.kpi} — ${t('diff.sql')}`));
    for (const line of sql.diff.trimEnd().split('\n')) {
      out.push(
        line.startsWith('+')
          ? c.green(line)
          : line.startsWith('-')
            ? c.red(line)
            : line.startsWith('@@')
              ? c.cyan(line)
              : line,
      );
    }
    out.push('');
  }
  for (const issue of report.issues.map((i) => localizeIssue(i, lang))) {
    const where = issue.file
      ? `${issue.file}${issue.line ? `:${issue.line}:${issue.column ?? 1}` : ''}  `
      : '';
    const sev = issue.severity === 'error' ? c.red(t('severity.error')) : c.yellow(t('severity.warning'));
    out.push(`${where}${sev}  ${issue.code}  ${issue.message}`);
    if (issue.hint) out.push(`  = ${t('issue.hint')}: ${issue.hint}`);
  }
  if (report.issues.length > 0) out.push('');
  out.push(summaryLine(report, t));
  return `${out.join('\n')}\n`;
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
