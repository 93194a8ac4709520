import type { Issue } from '@nyckeltal/spec';
import type { PeriodValue } from './run-kpi.js';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

/**
 * Lists issues as "line:col  severity  code  message" with the hint below; issues of
 * other files name their file. Text only: messages quote the author's YAML.
 *
 * @example
 * renderIssues(document.getElementById('issues')!, issues, 'itsm/mttr.yaml');
 */
export function renderIssues(list: HTMLElement, issues: readonly Issue[], file: string): void {
  list.replaceChildren();
  for (const issue of issues) {
    const item = element('li', undefined, `issue ${issue.severity}`);
    item.dataset.line = String(issue.line ?? '');
    item.dataset.code = issue.code;
    const where = issue.file && issue.file !== file ? `${issue.file}:` : '';
    const position = issue.line === undefined ? '' : `${issue.line}:${issue.column ?? 1}`;
    item.append(
      element('span', `${where}${position}`, 'position'),
      element('span', issue.severity, 'severity'),
      element('code', issue.code),
      element('span', issue.message, 'message'),
    );
    if (issue.hint) item.append(element('div', issue.hint, 'hint'));
    list.append(item);
  }
  if (issues.length === 0) list.append(element('li', 'No issues.', 'issue none'));
}

/**
 * The line numbers beside the editor, with a marker on each line that has an issue
 * (its message as the tooltip and as text for screen readers).
 *
 * @example
 * renderGutter(gutter, textarea.value, issuesOfThisFile);
 */
export function renderGutter(gutter: HTMLElement, text: string, issues: readonly Issue[]): void {
  const lines = text.split('\n').length;
  const byLine = new Map<number, Issue[]>();
  for (const i of issues) if (i.line !== undefined) byLine.set(i.line, [...(byLine.get(i.line) ?? []), i]);
  gutter.replaceChildren();
  for (let n = 1; n <= lines; n++) {
    const here = byLine.get(n);
    const line = element('div', String(n), 'gutter-line');
    if (here) {
      const severity = here.some((i) => i.severity === 'error') ? 'error' : 'warning';
      line.classList.add(`marked-${severity}`);
      line.dataset.line = String(n);
      line.title = here.map((i) => `${i.code}: ${i.message}`).join('\n');
      line.prepend(element('span', severity === 'error' ? '✖ ' : '▲ ', 'marker'));
    }
    gutter.append(line);
  }
}

/**
 * The values table: one row per period with its value, sample and, for ratios, the
 * numerator and denominator, newest first.
 *
 * @example
 * renderValues(document.getElementById('values')!, run.values, 'hours');
 */
export function renderValues(table: HTMLElement, values: readonly PeriodValue[], unit: string): void {
  const ratio = values.some((v) => v.denominator !== null);
  const head = element('tr');
  for (const h of ['Period', `Value (${unit})`, 'Sample', ...(ratio ? ['Numerator', 'Denominator'] : [])])
    head.append(element('th', h));
  const body = element('tbody');
  for (const v of [...values].reverse()) {
    const row = element('tr');
    row.dataset.period = v.period;
    const cells = [v.period, format(v.value), String(v.sample)];
    if (ratio) cells.push(format(v.numerator), format(v.denominator));
    for (const c of cells) row.append(element('td', c));
    body.append(row);
  }
  const thead = element('thead');
  thead.append(head);
  table.replaceChildren(thead, body);
}

function format(value: number | null): string {
  return value === null ? '–' : String(Number(value.toPrecision(6)));
}
