import type { SnapshotKpi } from '@nyckeltal/spec';
import { html, nothing, type TemplateResult } from 'lit';
import { formatPeriodShort } from '../format/format-period.js';
import { formatDelta } from '../format/format-value.js';
import { type Lang, messages } from '../format/messages.js';

const up = html`<svg viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M6 2 11 9H1Z" fill="currentColor"/></svg>`;
const down = html`<svg viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M6 10 1 3h10Z" fill="currentColor"/></svg>`;

/**
 * The change since the comparison period: arrow by sign, colour and the word "better" or
 * "worse" by the snapshot's `improved` (which already reads the KPI's direction).
 *
 * @example
 * html`${deltaView(kpi, 'en')}` // ▼ −42 min better vs Sep 2026
 */
export function deltaView(kpi: SnapshotKpi, lang: Lang): TemplateResult | typeof nothing {
  if (kpi.delta === null || kpi.previous === null) return nothing;
  const m = messages(lang);
  const verdict =
    kpi.delta === 0 ? 'unchanged' : kpi.improved === true ? 'better' : kpi.improved === false ? 'worse' : '';
  const word =
    verdict === 'unchanged'
      ? m.unchanged
      : verdict === 'better'
        ? m.better
        : verdict === 'worse'
          ? m.worse
          : '';
  const previous = formatPeriodShort(kpi.previous.period, lang);
  return html`<span class="delta-line"
    ><span class="delta ${verdict}" part="delta" data-verdict=${verdict || 'unknown'}
      >${kpi.delta > 0 ? up : kpi.delta < 0 ? down : nothing}<span class="num">${formatDelta(kpi.delta, kpi.unit, lang)}</span>
      ${word ? html`<span class="verdict">${word}</span>` : nothing}</span
    >
    <span class="muted">${m.versus} ${previous.label} ${previous.year}</span></span
  >`;
}
