import type { Status } from '@nyckeltal/spec';
import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { type Lang, messages } from '../format/messages.js';

const icons: Readonly<Record<Status, SVGTemplateResult>> = {
  green: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M5 8.3l2 2 4-4.3" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  amber: svg`<path d="M8 1.8 14.6 13.6H1.4Z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M8 6.2v3.4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="11.6" r="1" fill="currentColor"/>`,
  red: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
  insufficient: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.2 2"/><circle cx="8" cy="8" r="1.3" fill="currentColor"/>`,
  'no-target': svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M5 8h6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
};

/**
 * The icon of a status, decorative (the text beside it carries the meaning).
 *
 * @example
 * html`<span>${statusIcon('red')} Off target</span>`
 */
export function statusIcon(status: Status): TemplateResult {
  return html`<svg class="status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${icons[status]}</svg>`;
}

/**
 * A status shown three ways at once: colour, icon and words ("On target" / "I mål").
 *
 * @example
 * html`${statusBadge(kpi.status, 'en')}` // <span class="badge green" part="status">✓ On target</span>
 */
export function statusBadge(status: Status, lang: Lang): TemplateResult {
  return html`<span class="badge ${status}" part="status" data-status=${status}
    >${statusIcon(status)}<span>${messages(lang).status[status]}</span></span
  >`;
}
