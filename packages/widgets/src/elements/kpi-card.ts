import type { Snapshot } from '@nyckeltal/spec';
import { html, nothing, type TemplateResult } from 'lit';
import { defineElement, KpiElement } from '../base/kpi-element.js';
import { seriesTable } from '../charts/series-table.js';
import { sparkline } from '../charts/sparkline.js';
import { formatPeriod } from '../format/format-period.js';
import { formatNumber, formatValue } from '../format/format-value.js';
import { type Lang, localize, messages } from '../format/messages.js';
import { deltaView } from '../parts/delta-view.js';
import { statusBadge } from '../parts/status-badge.js';
import { sharedStyles } from '../theme/shared.styles.js';
import { kpiCardMeta } from './kpi-card.meta.js';
import { cardStyles } from './kpi-card.styles.js';

/**
 * `<kpi-card>`: one KPI from a snapshot — value, status, target, delta and sparkline.
 *
 * @example
 * <kpi-card src="/snapshots/service-desk.json" kpi="itsm.mttr" lang="sv"></kpi-card>
 */
export class KpiCard extends KpiElement {
  static override styles = [sharedStyles, cardStyles];
  static readonly meta = kpiCardMeta;

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="bone short"></div>
      <div class="bone big"></div>
      <div class="bone"></div>
      <div class="bone chart"></div>`;
  }

  protected override renderSnapshot(snapshot: Snapshot, lang: Lang): TemplateResult {
    const kpi = this.selectKpi(snapshot);
    if (!kpi) return this.renderEmpty(lang);
    const m = messages(lang);
    const title = localize(kpi.title, lang);
    const insufficient = kpi.status === 'insufficient';
    return html`<section class="card panel ${kpi.status}" part="card" role="group" aria-labelledby="title">
      <div class="head">
        <h3 class="title" id="title" part="title">${title}</h3>
        ${statusBadge(kpi.status, lang)}
      </div>
      <span class="value num ${insufficient ? 'dim' : ''}" part="value">${formatValue(kpi.value, kpi.unit, lang)}</span>
      ${insufficient ? html`<p class="note">${m.insufficient(kpi.sample)}</p>` : nothing}
      <div class="facts">
        <span class="target ${kpi.target === null ? 'none' : ''}" part="target"
          >${kpi.target === null ? m.noTarget : `${m.target} ${formatValue(kpi.target, kpi.unit, lang)}`}</span
        >
        ${deltaView(kpi, lang)}
      </div>
      <div class="spark-wrap">${sparkline(kpi.series, kpi.target)}</div>
      ${kpi.series.length > 1 ? seriesTable(kpi, title, lang) : nothing}
      <div class="foot muted">
        <span>${formatPeriod(snapshot.period.key, lang)}</span><span aria-hidden="true">·</span>
        <span>n = ${formatNumber(kpi.sample, lang, 0)}</span><span aria-hidden="true">·</span>
        <span>${kpi.direction === 'lower' ? m.lowerIsBetter : m.higherIsBetter}</span>
      </div>
    </section>`;
  }
}

defineElement('kpi-card', KpiCard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
