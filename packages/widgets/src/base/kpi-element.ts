import type { Snapshot, SnapshotKpi } from '@nyckeltal/spec';
import {
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { type Lang, messages } from '../format/messages.js';
import { sharedStyles } from '../theme/shared.styles.js';
import { checkSnapshot, type SnapshotError } from './check-snapshot.js';
import { loadSnapshot } from './load-snapshot.js';
import { resolveLang } from './resolve-lang.js';

const errorIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6" />
  <path d="M8 4.6v4.2" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
  <circle cx="8" cy="11.3" r="1" fill="currentColor" />
</svg>`;

/**
 * The shared base of the `kpi-*` elements: takes a snapshot by `src` (fetched with an
 * AbortController, re-fetched every `refresh` seconds) or by the `data` property, resolves
 * the language, and renders the loading, error and no-source states. Subclasses draw a
 * checked snapshot in `renderSnapshot`.
 *
 * @example
 * class KpiThing extends KpiElement {
 *   protected renderSnapshot(s: Snapshot) { return html`${s.kpis.length}`; }
 * }
 */
export abstract class KpiElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;
  static override properties = {
    src: { type: String },
    refresh: { type: Number },
    data: { attribute: false },
    kpi: { type: String },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    snapshot: { state: true },
    loadError: { state: true },
    loading: { state: true },
  };

  declare src: string | undefined;
  declare refresh: number | undefined;
  /** A snapshot object; checked like a fetched one before it is drawn. */
  declare data: unknown;
  declare kpi: string | undefined;
  declare theme: 'light' | 'dark' | undefined;
  declare protected snapshot: Snapshot | null;
  declare protected loadError: SnapshotError | null;
  declare protected loading: boolean;

  /** Whether the element shows one KPI, so a `kpi` id missing from the snapshot is an error. */
  protected readonly showsOneKpi: boolean = true;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #problem: SnapshotError | null = null;
  #reported = '';

  constructor() {
    super();
    this.snapshot = null;
    this.loadError = null;
    this.loading = false;
  }

  /** Draws a checked snapshot. */
  protected abstract renderSnapshot(snapshot: Snapshot, lang: Lang): TemplateResult;

  /** The placeholder while the first snapshot loads. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="bone big"></div>
      <div class="bone"></div>
      <div class="bone short"></div>`;
  }

  /** The KPI named by `kpi`, else the snapshot's first. */
  protected selectKpi(snapshot: Snapshot): SnapshotKpi | undefined {
    return this.kpi ? snapshot.kpis.find((k) => k.id === this.kpi) : snapshot.kpis[0];
  }

  /** The language texts and numbers are shown in (see `resolveLang`). */
  protected get language(): Lang {
    return resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) {
      const result = checkSnapshot(this.data);
      this.snapshot = result.ok ? result.snapshot : null;
      this.loadError = result.ok ? null : result.error;
    }
    if ((changed.has('src') || changed.has('refresh') || changed.has('data')) && this.isConnected)
      this.#reload();
    this.#problem = this.loadError ?? this.#missingKpi();
  }

  protected override updated(): void {
    const problem = this.#problem;
    const key = problem ? `${problem.kind}|${problem.message}` : '';
    if (key === this.#reported) return;
    this.#reported = key;
    if (!problem) return;
    const detail: { kind: string; message: string; status?: number } = {
      kind: problem.kind,
      message: problem.message,
    };
    if (problem.status !== undefined) detail.status = problem.status;
    this.dispatchEvent(new CustomEvent('kpi-error', { detail, bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    const lang = this.language;
    const m = messages(lang);
    const problem = this.#problem;
    if (problem && (!this.snapshot || problem.kind === 'not-found')) return this.#message(problem, lang);
    if (this.snapshot) {
      return html`${this.renderSnapshot(this.snapshot, lang)}${
        problem ? html`<p class="stale muted" role="status">${m.staleNote}</p>` : nothing
      }`;
    }
    if (this.loading || this.src) {
      return html`<div class="skeleton panel" part="skeleton" role="status" aria-busy="true">
        <span class="visually-hidden">${m.loading}</span>${this.renderSkeleton()}
      </div>`;
    }
    return html`<div class="message" part="message" role="status">${m.noSource}</div>`;
  }

  /** An "empty" message in the element's style. */
  protected renderEmpty(lang: Lang): TemplateResult {
    return html`<div class="message" part="message" role="status">${messages(lang).empty}</div>`;
  }

  #missingKpi(): SnapshotError | null {
    if (!this.showsOneKpi || !this.kpi || !this.snapshot) return null;
    if (this.snapshot.kpis.some((k) => k.id === this.kpi)) return null;
    return { kind: 'not-found', detail: this.kpi, message: `KPI "${this.kpi}" is not in the snapshot.` };
  }

  #message(error: SnapshotError, lang: Lang): TemplateResult {
    const m = messages(lang);
    const e = m.errors;
    const text =
      error.kind === 'network'
        ? e.network(error.detail)
        : error.kind === 'http'
          ? e.http(error.status ?? 0, error.detail)
          : error.kind === 'json'
            ? e.json(error.detail)
            : error.kind === 'schema'
              ? e.schema(error.detail)
              : error.kind === 'not-found'
                ? e.notFound(error.detail)
                : e.invalid(error.detail);
    return html`<div class="message error" part="message" role="alert" data-kind=${error.kind}>
      ${errorIcon}
      <div><strong>${m.errorTitle}</strong><p>${text}</p></div>
    </div>`;
  }

  #reload(): void {
    this.#abort?.abort();
    clearTimeout(this.#timer);
    if (this.data !== undefined || !this.src) return;
    this.#load(this.src).catch((error: unknown) => {
      // loadSnapshot reports every failure as a value; this only guards against bugs.
      this.loadError = { kind: 'network', detail: String(this.src), message: String(error) };
    });
  }

  async #load(src: string): Promise<void> {
    const controller = new AbortController();
    this.#abort = controller;
    this.loading = true;
    let result: Awaited<ReturnType<typeof loadSnapshot>>;
    try {
      result = await loadSnapshot(src, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      throw error;
    }
    if (controller.signal.aborted) return;
    this.loading = false;
    if (result.ok) {
      this.snapshot = result.snapshot;
      this.loadError = null;
    } else {
      // A failed refresh keeps the last good figures on screen, with a note.
      this.loadError = result.error;
      if (result.error.kind !== 'network' && result.error.kind !== 'http') this.snapshot = null;
    }
    const seconds = Number(this.refresh);
    if (seconds > 0 && this.isConnected)
      this.#timer = setTimeout(() => this.#reload(), Math.max(1, seconds) * 1000);
  }
}

/**
 * Registers an element unless the page already has one by that name (the bundle may be
 * included twice on an intranet page).
 *
 * @example
 * defineElement('kpi-card', KpiCard);
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
