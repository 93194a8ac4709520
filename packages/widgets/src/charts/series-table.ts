import type { SnapshotKpi } from '@nyckeltal/spec';
import { html, type TemplateResult } from 'lit';
import { formatPeriod } from '../format/format-period.js';
import { formatValue } from '../format/format-value.js';
import { type Lang, messages } from '../format/messages.js';

/**
 * The text alternative of a chart: a visually hidden table of the KPI's series (period,
 * value, target, status, sample), oldest first, as screen readers and copy-paste read it.
 *
 * @example
 * html`<svg aria-hidden="true">…</svg>${seriesTable(kpi, title, 'en')}`
 */
export function seriesTable(kpi: SnapshotKpi, title: string, lang: Lang): TemplateResult {
  const m = messages(lang);
  // The wrapper is what is hidden: a table grows to fit its cells whatever its own width says.
  return html`<div class="visually-hidden"><table part="table">
    <caption>${m.trendOf(title)}</caption>
    <thead>
      <tr>
        <th scope="col">${m.period}</th>
        <th scope="col">${m.value}</th>
        <th scope="col">${m.target}</th>
        <th scope="col">Status</th>
        <th scope="col">${m.sample}</th>
      </tr>
    </thead>
    <tbody>
      ${kpi.series.map(
        (p) => html`<tr>
          <th scope="row">${formatPeriod(p.period, lang)}</th>
          <td>${formatValue(p.value, kpi.unit, lang)}</td>
          <td>${formatValue(p.target, kpi.unit, lang)}</td>
          <td>${m.status[p.status] ?? p.status}</td>
          <td>${p.sample}</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}
