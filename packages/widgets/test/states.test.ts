import { describe, expect, test } from 'vitest';
import '../src/index.js';
import type { KpiCard } from '../src/elements/kpi-card.js';
import type { KpiScorecard } from '../src/elements/kpi-scorecard.js';
import { mount, serviceDeskSnapshot, textOf, until } from './render-helpers.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** Mounts an element and collects the kpi-error events that reach the document. */
async function mountWatched(markup: string, setup?: (el: KpiScorecard) => void) {
  const events: CustomEvent[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent);
  document.addEventListener('kpi-error', listener);
  const el = await mount<KpiScorecard>(markup, setup);
  return { el, events, stop: () => document.removeEventListener('kpi-error', listener) };
}

const message = (el: Element) => el.shadowRoot?.querySelector('[part=message]');

describe('loading and errors', () => {
  test('shows a skeleton while the snapshot loads, then the cards', async () => {
    const el = await mount<KpiScorecard>(
      `<kpi-scorecard lang="en" src="${fixture('service-desk.json')}"></kpi-scorecard>`,
    );
    const skeleton = el.shadowRoot!.querySelector('[part=skeleton]');
    expect(skeleton?.getAttribute('aria-busy')).toBe('true');
    expect(skeleton?.textContent).toContain('Loading…');
    await until(() => el.shadowRoot!.querySelectorAll('kpi-card').length === 6);
    expect(el.shadowRoot!.querySelector('[part=skeleton]')).toBeNull();
    expect(textOf(el, '[part=heading]')).toBe('Service desk');
  });

  test('a server that cannot be reached gives a visible message and a network kpi-error', async () => {
    const { el, events, stop } = await mountWatched(
      '<kpi-scorecard lang="en" src="http://127.0.0.1:9/s.json"></kpi-scorecard>',
    );
    await until(() => message(el));
    stop();
    expect(message(el)?.getAttribute('role')).toBe('alert');
    expect(textOf(el, '[part=message]')).toContain(
      'Could not reach the server for http://127.0.0.1:9/s.json',
    );
    expect(events.map((e) => e.detail.kind)).toEqual(['network']);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
  });

  test('an HTTP 404 names the status in the message and the event', async () => {
    const url = fixture('does-not-exist.json');
    const { el, events, stop } = await mountWatched(`<kpi-scorecard lang="en" src="${url}"></kpi-scorecard>`);
    await until(() => message(el));
    stop();
    expect(textOf(el, '[part=message]')).toContain(`The server answered 404 for ${url}`);
    expect(events[0]!.detail).toMatchObject({ kind: 'http', status: 404 });
  });

  test('malformed JSON gives a json kpi-error, in Swedish on a Swedish element', async () => {
    const url = fixture('malformed.txt');
    const { el, events, stop } = await mountWatched(`<kpi-scorecard lang="sv" src="${url}"></kpi-scorecard>`);
    await until(() => message(el));
    stop();
    expect(textOf(el, '[part=message]')).toContain(`Filen ${url} är inte giltig JSON`);
    expect(events[0]!.detail.kind).toBe('json');
  });

  test('a snapshot of an unknown schema version is refused with a schema kpi-error', async () => {
    const { el, events, stop } = await mountWatched(
      `<kpi-scorecard lang="en" src="${fixture('future-schema.json')}"></kpi-scorecard>`,
    );
    await until(() => message(el));
    stop();
    expect(textOf(el, '[part=message]')).toContain('format "nyckeltal.snapshot/v9"');
    expect(events[0]!.detail).toMatchObject({ kind: 'schema' });
    expect(events[0]!.detail.message).toContain('nyckeltal.snapshot/v9');
  });

  test('a damaged snapshot given as data is refused without throwing', async () => {
    const { el, events, stop } = await mountWatched('<kpi-scorecard lang="en"></kpi-scorecard>', (e) => {
      e.data = { ...serviceDeskSnapshot(), kpis: [{ id: 'x' }] };
    });
    stop();
    expect(textOf(el, '[part=message]')).toContain('The snapshot is damaged: KPI x: title.en is missing');
    expect(events[0]!.detail.kind).toBe('invalid');
  });

  test('a KPI without previous and delta is refused as damaged instead of breaking the card', async () => {
    const s = serviceDeskSnapshot();
    const kpis = s.kpis.map((k) => {
      const { previous: _p, delta: _d, ...rest } = k;
      return rest;
    });
    const { el, events, stop } = await mountWatched('<kpi-card lang="en"></kpi-card>', (e) => {
      e.data = { ...s, kpis };
    });
    stop();
    expect(textOf(el, '[part=message]')).toContain(`The snapshot is damaged: KPI ${s.kpis[0]!.id}: previous`);
    expect(events[0]!.detail.kind).toBe('invalid');
  });

  test('a scorecard whose issues list holds a non-object is refused as damaged', async () => {
    const { el, events, stop } = await mountWatched('<kpi-scorecard lang="en"></kpi-scorecard>', (e) => {
      e.data = { ...serviceDeskSnapshot(), issues: [null] };
    });
    stop();
    expect(textOf(el, '[part=message]')).toContain('The snapshot is damaged: issues');
    expect(events[0]!.detail.kind).toBe('invalid');
  });

  test('a kpi id that is not in the snapshot is a not-found error', async () => {
    const events: CustomEvent[] = [];
    document.addEventListener('kpi-error', (e) => events.push(e as CustomEvent), { once: true });
    const el = await mount<KpiCard>('<kpi-card lang="en" kpi="itsm.nope"></kpi-card>', (e) => {
      e.data = serviceDeskSnapshot();
    });
    expect(textOf(el, '[part=message]')).toContain('The KPI "itsm.nope" is not in this snapshot');
    expect(events[0]!.detail.kind).toBe('not-found');
  });
});

describe('empty and missing input', () => {
  test('a scorecard without KPIs says it is empty', async () => {
    const el = await mount<KpiScorecard>(
      `<kpi-scorecard lang="en" src="${fixture('empty.json')}"></kpi-scorecard>`,
    );
    await until(() => message(el));
    expect(textOf(el, '[part=message]')).toBe('This scorecard has no KPIs yet.');
    expect(message(el)?.getAttribute('role')).toBe('status');
  });

  test('an element with neither src nor data says what to set', async () => {
    const el = await mount<KpiCard>('<kpi-card lang="en"></kpi-card>');
    expect(textOf(el, '[part=message]')).toBe('No snapshot: set the src attribute or the data property.');
  });
});

describe('refresh', () => {
  test('re-fetches src every refresh seconds', async () => {
    const url = `${fixture('service-desk.json')}?refresh-test`;
    const el = await mount<KpiScorecard>(
      `<kpi-scorecard lang="en" refresh="1" src="${url}"></kpi-scorecard>`,
    );
    const fetches = () => performance.getEntriesByName(url).length;
    await until(() => fetches() >= 2, 4000);
    el.remove();
    const after = fetches();
    await new Promise((r) => setTimeout(r, 1300));
    // Removed from the page, the element stops fetching.
    expect(fetches()).toBe(after);
  });
});
