import type { Snapshot, SnapshotKpi } from '@nyckeltal/spec';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { defineElement, KpiElement } from '../base/kpi-element.js';
import { seriesTable } from '../charts/series-table.js';
import { linePath } from '../charts/sparkline.js';
import { type TrendGeometry, targetPath, trendGeometry } from '../charts/trend-geometry.js';
import { formatPeriodShort } from '../format/format-period.js';
import { formatAxis, formatValue } from '../format/format-value.js';
import { type Lang, localize, messages } from '../format/messages.js';
import { statusBadge, statusIcon } from '../parts/status-badge.js';
import { sharedStyles } from '../theme/shared.styles.js';
import { kpiTrendMeta } from './kpi-trend.meta.js';
import { trendStyles } from './kpi-trend.styles.js';

/**
 * `<kpi-trend>`: one KPI's series with target line and threshold bands.
 *
 * @example
 * <kpi-trend src="/snapshots/service-desk.json" kpi="itsm.mttr"></kpi-trend>
 */
export class KpiTrend extends KpiElement {
  static override styles = [sharedStyles, trendStyles];
  static readonly meta = kpiTrendMeta;
  static override properties = { ...KpiElement.properties, size: { state: true } };
  declare protected size: { width: number; height: number };
  #observer: ResizeObserver | undefined;
  #observed: Element | null = null;

  constructor() {
    super();
    this.size = { width: 640, height: 240 };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observed = null;
  }

  protected override updated(): void {
    super.updated();
    const chart = this.renderRoot.querySelector('.chart');
    if (!chart || chart === this.#observed) return;
    this.#observer ??= new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box && box.width > 0 && (box.width !== this.size.width || box.height !== this.size.height)) {
        this.size = { width: Math.round(box.width), height: Math.round(box.height) };
      }
    });
    this.#observer.disconnect();
    this.#observer.observe(chart);
    this.#observed = chart;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="bone short"></div>
      <div class="bone chart" style="height: var(--_chart-height)"></div>`;
  }

  protected override renderSnapshot(snapshot: Snapshot, lang: Lang): TemplateResult {
    const kpi = this.selectKpi(snapshot);
    if (!kpi) return this.renderEmpty(lang);
    const m = messages(lang);
    const title = localize(kpi.title, lang);
    return html`<section class="panel" part="panel" role="group" aria-labelledby="title">
      <div class="head">
        <div>
          <h3 class="title" id="title" part="title">${title}</h3>
          <div class="sub muted">${kpi.direction === 'lower' ? m.lowerIsBetter : m.higherIsBetter}</div>
        </div>
        <div class="now">
          <span class="value num" part="value">${formatValue(kpi.value, kpi.unit, lang)}</span>
          ${statusBadge(kpi.status, lang)}
        </div>
      </div>
      <div class="chart" part="chart">${this.#chart(kpi, lang)}</div>
      ${this.#legend(kpi, lang)} ${seriesTable(kpi, title, lang)}
    </section>`;
  }

  #chart(kpi: SnapshotKpi, lang: Lang): TemplateResult | typeof nothing {
    if (!kpi.series.some((p) => p.value !== null)) return nothing;
    const { width, height } = this.size;
    const domainGuess = trendGeometry(kpi, width, height, 0).scale.ticks;
    const labelWidth = Math.max(...domainGuess.map((t) => formatAxis(t, kpi.unit, lang).length)) * 6.4 + 14;
    const g = trendGeometry(kpi, width, height, Math.ceil(labelWidth));
    const last = kpi.series.length - 1;
    return html`<svg viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
      ${g.bands.map(
        (b) =>
          svg`<rect class="band ${b.status}" data-status=${b.status} x=${g.plot.left} width=${g.plot.right - g.plot.left} y=${g.y(b.to)} height=${g.y(b.from) - g.y(b.to)} />`,
      )}
      ${g.scale.ticks.map(
        (t) =>
          svg`<line class="grid" x1=${g.plot.left} x2=${g.plot.right} y1=${g.y(t)} y2=${g.y(t)} /><text class="tick y" x=${g.plot.left - 8} y=${g.y(t) + 4} text-anchor="end">${formatAxis(t, kpi.unit, lang)}</text>`,
      )}
      <line class="axis" x1=${g.plot.left} x2=${g.plot.right} y1=${g.plot.bottom} y2=${g.plot.bottom} />
      ${this.#periodLabels(kpi, g, lang)}
      <path class="target-line" d=${targetPath(
        kpi.series.map((p) => p.target),
        g,
      )} />
      <path class="series" d=${linePath(kpi.series.map((p, i) => (p.value === null ? null : { x: g.x(i), y: g.y(p.value) })))} />
      ${kpi.series.map((p, i) =>
        p.value === null
          ? nothing
          : svg`<circle class="pt ${p.status}" cx=${g.x(i)} cy=${g.y(p.value)} r=${i === last ? 5 : 3} />`,
      )}
    </svg>`;
  }

  #periodLabels(kpi: SnapshotKpi, g: TrendGeometry, lang: Lang): TemplateResult[] {
    let lastYear = '';
    return g.labelled.map((i) => {
      const label = formatPeriodShort(kpi.series[i]!.period, lang);
      const showYear = label.year !== lastYear && label.label !== label.year;
      lastYear = label.year;
      return svg`<text class="tick x" x=${g.x(i)} y=${g.plot.bottom + 16} text-anchor="middle">${label.label}</text>${
        showYear
          ? svg`<text class="tick year" x=${g.x(i)} y=${g.plot.bottom + 30} text-anchor="middle">${label.year}</text>`
          : nothing
      }`;
    });
  }

  #legend(kpi: SnapshotKpi, lang: Lang): TemplateResult {
    const m = messages(lang);
    const v = (n: number) => formatValue(n, kpi.unit, lang);
    const t = kpi.thresholds;
    const lower = kpi.direction === 'lower';
    const bands = t
      ? ([
          ['green', `${lower ? '≤' : '≥'} ${v(t.green)}`],
          ['amber', `${lower ? '≤' : '≥'} ${v(t.amber)}`],
          ['red', `${lower ? '>' : '<'} ${v(t.amber)}`],
        ] as const)
      : [];
    return html`<ul class="legend" part="legend">
      ${kpi.target === null ? nothing : html`<li><span class="swatch target"></span>${m.target} ${v(kpi.target)}</li>`}
      ${bands.map(
        ([status, text]) =>
          html`<li class=${status}><span class="swatch"></span>${statusIcon(status)}${m.status[status]} ${text}</li>`,
      )}
    </ul>`;
  }
}

defineElement('kpi-trend', KpiTrend);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-trend': KpiTrend;
  }
}
