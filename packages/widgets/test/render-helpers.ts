import type { Snapshot } from '@nyckeltal/spec';
import serviceDesk from './fixtures/service-desk.json' with { type: 'json' };

/** A fresh deep copy of the service-desk fixture, so a test can change it freely. */
export function serviceDeskSnapshot(): Snapshot {
  return structuredClone(serviceDesk) as unknown as Snapshot;
}

/** Mounts an element from HTML in a fresh container and returns it once Lit has rendered. */
export async function mount<T extends HTMLElement>(markup: string, setup?: (el: T) => void): Promise<T> {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const el = template.content.firstElementChild as T;
  setup?.(el);
  host.append(el);
  await settle(el);
  return el;
}

/** Waits until a Lit element (and nested kpi-* elements) finished rendering. */
export async function settle(el: Element): Promise<void> {
  const lit = el as Element & { updateComplete?: Promise<unknown> };
  await lit.updateComplete;
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if (child.tagName.startsWith('KPI-')) await settle(child);
  }
}

/** Polls until `check` returns a truthy value (for fetches), failing after `timeout` ms. */
export async function until<T>(check: () => T, timeout = 5000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The visible text of an element's shadow root with whitespace collapsed. */
export function textOf(el: Element, selector?: string): string {
  const root = el.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
