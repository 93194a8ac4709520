import type { Snapshot } from '@nyckeltal/spec';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineElement, KpiElement } from '../base/kpi-element.js';
import { formatInstant, formatPeriod } from '../format/format-period.js';
import { type Lang, localize, messages } from '../format/messages.js';
import { sharedStyles } from '../theme/shared.styles.js';
import './kpi-card.js';
import { kpiScorecardMeta } from './kpi-scorecard.meta.js';
import { scorecardStyles } from './kpi-scorecard.styles.js';

function warningsText(n: number, lang: Lang): string {
  if (lang === 'sv') return `${n} ${n === 1 ? 'datavarning' : 'datavarningar'}`;
  return `${n} data-quality ${n === 1 ? 'warning' : 'warnings'}`;
}

const cardParts = 'card, title, value, status, target, delta, sparkline';

/**
 * `<kpi-scorecard>`: a scorecard snapshot as a titled, responsive grid of cards. Page
 * content with `slot="description"` is shown under the title, above the cards.
 *
 * @example
 * <script type="module" src="/nyckeltal/widgets.js"></script>
 * <kpi-scorecard src="/snapshots/service-desk.json" lang="sv">
 *   <p slot="description">Veckans siffror för servicedesken</p>
 * </kpi-scorecard>
 */
export class KpiScorecard extends KpiElement {
  static override styles = [sharedStyles, scorecardStyles];
  static readonly meta = kpiScorecardMeta;
  protected override readonly showsOneKpi: boolean = false;

  protected override renderSkeleton(): TemplateResult {
    const bones = html`<div class="panel skeleton">
      <div class="bone short"></div>
      <div class="bone big"></div>
      <div class="bone chart"></div>
    </div>`;
    return html`<div class="bone short"></div>
      <div class="skeleton-grid">${bones}${bones}${bones}${bones}</div>`;
  }

  protected override renderSnapshot(snapshot: Snapshot, lang: Lang): TemplateResult {
    const m = messages(lang);
    const title = localize(snapshot.scorecard.title, lang);
    const kpis = this.kpi ? snapshot.kpis.filter((k) => k.id === this.kpi) : snapshot.kpis;
    const warnings = snapshot.issues ?? [];
    return html`<section aria-labelledby="heading">
      <header class="header" part="header">
        <h2 class="heading" id="heading" part="heading">${title}</h2>
        <div class="sub muted">
          <span class="period">${formatPeriod(snapshot.period.key, lang)}</span>
          ${
            snapshot.data_through
              ? html`<span
                  >${m.dataThrough}
                  <time datetime=${snapshot.data_through}>${formatInstant(snapshot.data_through, lang)}</time></span
                >`
              : nothing
          }
        </div>
        <slot name="description"></slot>
      </header>
      ${
        kpis.length === 0
          ? this.renderEmpty(lang)
          : html`<ul class="grid" part="grid">
            ${kpis.map(
              (k) => html`<li>
                <kpi-card
                  .data=${snapshot}
                  kpi=${k.id}
                  lang=${lang}
                  theme=${ifDefined(this.theme)}
                  exportparts=${cardParts}
                ></kpi-card>
              </li>`,
            )}
          </ul>`
      }
      ${
        warnings.length > 0
          ? html`<details class="issues" part="issues">
            <summary>${warningsText(warnings.length, lang)}</summary>
            <ul>
              ${warnings.map((w) => html`<li>${w.kpi ? html`<strong>${w.kpi}</strong>: ` : nothing}${w.message}</li>`)}
            </ul>
          </details>`
          : nothing
      }
    </section>`;
  }
}

defineElement('kpi-scorecard', KpiScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-scorecard': KpiScorecard;
  }
}
