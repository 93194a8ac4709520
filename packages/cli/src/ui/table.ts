import { padText, textWidth } from './text-width.js';

export type Align = 'left' | 'right';

export interface TableOptions {
  /** Column headings, printed first and underlined with a rule. */
  header?: readonly string[];
  /** Per column; default left. Numbers read best right-aligned. */
  align?: readonly Align[];
  /** Spaces between columns; default 2. */
  gap?: number;
  /** Styles the heading row (e.g. bold) after it has been padded. */
  styleHeader?: (text: string) => string;
}

/**
 * Lays out rows as aligned columns for the terminal, measuring cells by display width
 * (so Swedish letters, CJK text, emoji and ANSI colours line up). Returns the lines
 * joined with "\n" and a final newline; trailing spaces are trimmed.
 *
 * @example
 * formatTable([['itsm.mttr', '9.4'], ['itsm.fcr', '71.2']], { header: ['KPI', 'Value'], align: ['left', 'right'] });
 * // KPI        Value
 * // ---------  -----
 * // itsm.mttr    9.4
 * // itsm.fcr    71.2
 */
export function formatTable(rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const { header, align = [], gap = 2, styleHeader } = options;
  const all = header ? [header, ...rows] : rows;
  const columns = Math.max(0, ...all.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(0, ...all.map((r) => textWidth(r[i] ?? ''))),
  );
  const line = (row: readonly string[]) =>
    widths
      .map((w, i) => padText(row[i] ?? '', w, align[i] ?? 'left'))
      .join(' '.repeat(gap))
      .trimEnd();
  const lines: string[] = [];
  if (header) {
    const heading = line(header);
    lines.push(styleHeader ? styleHeader(heading) : heading);
    lines.push(widths.map((w) => '-'.repeat(w)).join(' '.repeat(gap)));
  }
  for (const row of rows) lines.push(line(row));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
