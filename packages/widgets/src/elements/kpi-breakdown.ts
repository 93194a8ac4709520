import type { BreakdownRow, Direction, Snapshot, SnapshotKpi } from '@nyckeltal/spec';
import { html, nothing, type TemplateResult } from 'lit';
import { defineElement, KpiElement } from '../base/kpi-element.js';
import { formatNumber, formatValue } from '../format/format-value.js';
import { type Lang, localize, messages } from '../format/messages.js';
import { statusBadge } from '../parts/status-badge.js';
import { sharedStyles } from '../theme/shared.styles.js';
import { kpiBreakdownMeta } from './kpi-breakdown.meta.js';
import { breakdownStyles } from './kpi-breakdown.styles.js';

/**
 * Orders breakdown rows best first: highest first when higher is better, lowest first when
 * lower is better; rows without a value last. Ties keep the snapshot's order.
 *
 * @example
 * sortBreakdown([{ key: 'a', value: 3, sample: 1 }, { key: 'b', value: 1, sample: 1 }], 'lower')[0].key; // 'b'
 */
export function sortBreakdown(rows: readonly BreakdownRow[], direction: Direction): BreakdownRow[] {
  const sign = direction === 'higher' ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    return sign * (a.value - b.value);
  });
}

/**
 * `<kpi-breakdown>`: one KPI split by a breakdown, as sorted horizontal bars.
 *
 * @example
 * <kpi-breakdown src="/snapshots/service-desk.json" kpi="itsm.mttr" by="priority"></kpi-breakdown>
 */
export class KpiBreakdown extends KpiElement {
  static override styles = [sharedStyles, breakdownStyles];
  static readonly meta = kpiBreakdownMeta;
  static override properties = { ...KpiElement.properties, by: { type: String, reflect: true } };
  declare by: string | undefined;

  protected override renderSnapshot(snapshot: Snapshot, lang: Lang): TemplateResult {
    const kpi = this.selectKpi(snapshot);
    if (!kpi) return this.renderEmpty(lang);
    const m = messages(lang);
    const names = Object.keys(kpi.breakdowns);
    const current = this.by && names.includes(this.by) ? this.by : names[0];
    return html`<section class="panel" part="panel" role="group" aria-labelledby="title">
      <div class="head">
        <h3 class="title" id="title" part="title">${localize(kpi.title, lang)}</h3>
        <span class="sub muted">${current ? `${m.breakdownBy} ${current.replaceAll('_', ' ')}` : ''}</span>
      </div>
      ${names.length > 1 ? this.#tabs(names, current) : nothing}
      ${current === undefined ? this.renderEmpty(lang) : this.#bars(kpi, kpi.breakdowns[current] ?? [], lang)}
      <div class="foot muted">
        ${statusBadge(kpi.status, lang)} ${formatValue(kpi.value, kpi.unit, lang)} ·
        ${kpi.direction === 'lower' ? m.lowerIsBetter : m.higherIsBetter}
      </div>
    </section>`;
  }

  #tabs(names: readonly string[], current: string | undefined): TemplateResult {
    return html`<div class="tabs" part="tabs" role="group" aria-label=${messages(this.language).breakdownBy}>
      ${names.map(
        (name) => html`<button
          type="button"
          class="tab"
          part="tab"
          aria-pressed=${name === current ? 'true' : 'false'}
          @click=${() => {
            this.by = name;
          }}
        >
          ${name.replaceAll('_', ' ')}
        </button>`,
      )}
    </div>`;
  }

  #bars(kpi: SnapshotKpi, rows: readonly BreakdownRow[], lang: Lang): TemplateResult {
    if (rows.length === 0) return this.renderEmpty(lang);
    const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
    if (kpi.target !== null) values.push(kpi.target);
    const lo = Math.min(0, ...values);
    const hi = Math.max(0, ...values);
    const span = hi - lo || 1;
    const pct = (v: number) => Math.round(((v - lo) / span) * 1000) / 10;
    const none = lang === 'sv' ? '(inget värde)' : '(no value)';
    return html`<ol class="rows" role="list">
      ${sortBreakdown(rows, kpi.direction).map(
        (row) => html`<li class="row" part="row">
          <span class="label" part="label">${row.key ?? none}</span>
          <span class="track" aria-hidden="true">
            ${
              row.value === null
                ? nothing
                : html`<div
                  class="bar"
                  part="bar"
                  style="margin-left:${pct(Math.min(0, row.value))}%;width:${Math.abs(pct(row.value) - pct(0))}%"
                ></div>`
            }
            ${kpi.target === null ? nothing : html`<span class="goal" style="left:${pct(kpi.target)}%"></span>`}
          </span>
          <span class="figure"
            ><span class="num">${formatValue(row.value, kpi.unit, lang)}</span
            ><span class="n muted num">n = ${formatNumber(row.sample, lang, 0)}</span></span
          >
        </li>`,
      )}
    </ol>`;
  }
}

defineElement('kpi-breakdown', KpiBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-breakdown': KpiBreakdown;
  }
}
