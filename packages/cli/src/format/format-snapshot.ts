import type { Issue, Snapshot, SnapshotIssue, SnapshotKpi, Status } from '@nyckeltal/spec';
import type { Colors } from '../ui/color.js';
import { formatNumber } from '../ui/format-number.js';
import { type Lang, translate } from '../ui/messages.js';
import { formatTable } from '../ui/table.js';
import { formatIssueLines } from './format-pretty.js';

/** Status as symbol and word: never colour alone. */
const statusMark: Record<Status, { symbol: string; color: keyof Omit<Colors, 'enabled'> }> = {
  green: { symbol: '✓', color: 'green' },
  amber: { symbol: '▲', color: 'yellow' },
  red: { symbol: '✗', color: 'red' },
  insufficient: { symbol: '…', color: 'dim' },
  'no-target': { symbol: '·', color: 'dim' },
};

/**
 * A status as the table shows it: the snapshot's value in English, the widgets' words in
 * Swedish, so a manager reads the same word in the terminal and on the intranet page.
 *
 * @example
 * statusWord('amber', 'sv'); // 'Risk'
 */
export function statusWord(status: Status, lang: Lang): string {
  return translate(lang, `status.${status}`);
}

/**
 * A value with its unit, briefly, in the language's number format.
 *
 * @example
 * formatValue(9.43, 'hours', 'sv'); // '9,4 h'
 * formatValue(71.2, 'percent', 'en'); // '71.2 %'
 */
export function formatValue(value: number | null, unit: string, lang: Lang): string {
  if (value === null) return '–';
  const digits = unit === 'count' ? 0 : unit === 'score' ? 2 : 1;
  const text = formatNumber(value, lang, { minDigits: digits, maxDigits: digits });
  const suffix =
    { hours: ' h', minutes: ' min', days: ' d', percent: ' %' }[unit] ??
    (unit.startsWith('currency:') ? ` ${unit.slice(9)}` : '');
  return `${text}${suffix}`;
}

/** The change since the previous period; a percent KPI changes by percentage points (pp / p.e.). */
function formatDelta(kpi: SnapshotKpi, lang: Lang): string {
  if (kpi.delta === null) return '';
  const sign = kpi.delta > 0 ? '+' : kpi.delta < 0 ? '−' : '±';
  if (kpi.unit === 'percent') {
    const points = formatValue(Math.abs(kpi.delta), 'number', lang);
    return `${sign}${points} ${lang === 'sv' ? 'p.e.' : 'pp'}`;
  }
  return `${sign}${formatValue(Math.abs(kpi.delta), kpi.unit, lang)}`;
}

export interface SnapshotTextOptions {
  readonly lang: Lang;
  readonly colors: Colors;
}

/**
 * The table `kpi run` prints: one row per KPI, status as symbol, word and colour, then
 * the data warnings (see {@link formatSnapshotIssues}).
 *
 * @example
 * io.stdout(snapshotTable(snapshot, { lang: 'sv', colors }));
 * // Servicedesk  månad 2026-11 (2026-11-01 – 2026-12-01) … ✓ I mål  itsm.mttr  3,0 h …
 */
export function snapshotTable(snapshot: Snapshot, options: SnapshotTextOptions): string {
  const { colors, lang } = options;
  const sv = lang === 'sv';
  const title = snapshot.scorecard.title[lang] ?? snapshot.scorecard.title.en;
  const head = `${colors.bold(title)}  ${translate(lang, `grain.${snapshot.grain}`)} ${snapshot.period.key} (${snapshot.period.start} – ${snapshot.period.end})`;
  const through = snapshot.data_through
    ? `\n${colors.dim(`${sv ? 'data till och med' : 'data through'} ${snapshot.data_through}`)}`
    : '';
  const rows = snapshot.kpis.map((k) => {
    const mark = statusMark[k.status];
    const previous = k.previous
      ? `${formatValue(k.previous.value, k.unit, lang)} (${k.previous.period})`
      : '';
    return [
      colors[mark.color](`${mark.symbol} ${statusWord(k.status, lang)}`),
      k.id,
      formatValue(k.value, k.unit, lang),
      k.target === null ? '' : formatValue(k.target, k.unit, lang),
      previous,
      formatDelta(k, lang),
      formatNumber(k.sample, lang),
    ];
  });
  const header = sv
    ? ['Status', 'Nyckeltal', 'Värde', 'Mål', 'Föregående', 'Δ', 'Underlag']
    : ['Status', 'KPI', 'Value', 'Target', 'Previous', 'Δ', 'Sample'];
  const table = formatTable(rows, {
    header,
    align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
    styleHeader: colors.bold,
  });
  const issues = formatSnapshotIssues(snapshot.issues, options);
  return `${head}${through}\n\n${table}${issues ? `\n${issues}` : ''}`;
}

/**
 * A snapshot's issues as `kpi validate` prints issues: where (the definition's file),
 * severity, code and message in the chosen language, and the hint; a data warning adds
 * its first example row. Empty text for no issues.
 *
 * @example
 * io.stderr(formatSnapshotIssues(snapshot.issues, { lang: 'en', colors }));
 * // sources/desk.yaml:1:1  error  KPI0503  Source "desk": the data file "/p/data/desk.csv" does not exist.
 * //    = hint: Looked for /p/data/desk.csv. Put the data file there, or correct `from: { file: … }` …
 */
export function formatSnapshotIssues(issues: readonly SnapshotIssue[], options: SnapshotTextOptions): string {
  const { colors, lang } = options;
  const lines = issues.flatMap((snapshotIssue) => {
    const [first = '', ...rest] = formatIssueLines(asIssue(snapshotIssue), {
      lang,
      colors,
      sources: new Map(),
    });
    const example = snapshotIssue.examples[0];
    const shown =
      example === undefined
        ? ''
        : colors.dim(`  ${translate(lang, 'issue.example')} ${JSON.stringify(example)}`);
    return [`${first}${shown}`, ...rest];
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function asIssue(from: SnapshotIssue): Issue {
  const issue: Issue = { code: from.code, severity: from.severity, message: from.message };
  if (from.hint !== undefined) issue.hint = from.hint;
  if (from.file !== undefined) issue.file = from.file;
  if (from.line !== undefined) issue.line = from.line;
  if (from.column !== undefined) issue.column = from.column;
  if (from.params !== undefined) issue.params = from.params;
  return issue;
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * CSV with one row per KPI (plain numbers, no units, the status values of the snapshot):
 * for spreadsheets, the same in every language.
 *
 * @example
 * io.stdout(snapshotCsv(snapshot)); // 'kpi,title,period,value,…\nitsm.fcr,First contact resolution,2026-Q4,42.857…'
 */
export function snapshotCsv(snapshot: Snapshot): string {
  const header = [
    'kpi',
    'title',
    'period',
    'value',
    'unit',
    'numerator',
    'denominator',
    'sample',
    'status',
    'target',
    'previous_period',
    'previous_value',
    'delta',
    'improved',
  ];
  const rows = snapshot.kpis.map((k) => [
    k.id,
    k.title.en,
    snapshot.period.key,
    k.value,
    k.unit,
    k.numerator,
    k.denominator,
    k.sample,
    k.status,
    k.target,
    k.previous?.period,
    k.previous?.value,
    k.delta,
    k.improved,
  ]);
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
