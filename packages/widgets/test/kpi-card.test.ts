import { describe, expect, test } from 'vitest';
import '../src/index.js';
import type { KpiCard } from '../src/elements/kpi-card.js';
import { mount, serviceDeskSnapshot, textOf } from './render-helpers.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

async function card(kpi: string, lang: string): Promise<KpiCard> {
  return mount<KpiCard>(`<kpi-card kpi="${kpi}" lang="${lang}"></kpi-card>`, (el) => {
    el.data = serviceDeskSnapshot();
  });
}

describe('kpi-card in English', () => {
  test('shows mean time to resolve as hours and minutes, with target and status', async () => {
    const el = await card('itsm.mttr', 'en');
    // 9.4 h = 9 h + 0.4 × 60 min = 9 h 24 min
    expect(textOf(el, '[part=value]')).toBe('9 h 24 min');
    expect(textOf(el, '[part=title]')).toBe('Mean time to resolve');
    expect(textOf(el, '[part=status]')).toBe('At risk');
    expect(textOf(el, '[part=target]')).toBe('Target 8 h');
  });

  test('marks a fall in resolution time as better, since lower is better', async () => {
    const el = await card('itsm.mttr', 'en');
    // delta −0.7 h = −42 min; improved: true in the snapshot
    expect(textOf(el, '[part=delta]')).toBe(`${MINUS}42 min better`);
    expect(el.shadowRoot!.querySelector('[part=delta]')!.classList.contains('better')).toBe(true);
    expect(textOf(el, '.delta-line .muted')).toBe('vs Sept 2026');
  });

  test('marks a rise in first response time as worse', async () => {
    const el = await card('itsm.frt', 'en');
    // 51 − 46 = +5 min, improved: false
    expect(textOf(el, '[part=delta]')).toBe('+5 min worse');
    expect(textOf(el, '[part=status]')).toBe('Off target');
  });

  test('shows percent with its change in percentage points', async () => {
    const el = await card('itsm.sla-compliance', 'en');
    expect(textOf(el, '[part=value]')).toBe('92.4%');
    // 92.4 − 91.1 = +1.3 pp
    expect(textOf(el, '[part=delta]')).toBe('+1.3 pp better');
  });

  test('a KPI with too small a sample says so and shows the sample', async () => {
    const el = await card('itsm.fcr', 'en');
    expect(textOf(el, '[part=status]')).toBe('Not enough data');
    expect(textOf(el, '.note')).toBe('Not enough data (n = 12)');
  });

  test('a KPI without a target says there is none', async () => {
    const el = await card('itsm.backlog', 'en');
    expect(textOf(el, '[part=target]')).toBe('No target set');
    expect(textOf(el, '[part=status]')).toBe('No target');
    expect(textOf(el, '[part=value]')).toBe('214');
  });

  test('is a group labelled by the KPI title, with the series as a hidden table', async () => {
    const el = await card('itsm.mttr', 'en');
    const group = el.shadowRoot!.querySelector('[role=group]')!;
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Mean time to resolve',
    );
    const rows = el.shadowRoot!.querySelectorAll('table tbody tr');
    expect(rows).toHaveLength(13);
    expect(rows[0]!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'October 2025 11 h 12 min 8 h At risk 700',
    );
  });
});

describe('kpi-card in Swedish', () => {
  test('writes hours as tim and percent with a decimal comma', async () => {
    const mttr = await card('itsm.mttr', 'sv');
    expect(textOf(mttr, '[part=value]')).toBe('9 tim 24 min');
    expect(textOf(mttr, '[part=target]')).toBe('Mål 8 tim');
    expect(textOf(mttr, '[part=status]')).toBe('Risk');
    expect(textOf(mttr, '[part=delta]')).toBe(`${MINUS}42 min bättre`);
    const foot = [...mttr.shadowRoot!.querySelectorAll('.foot > span:not([aria-hidden])')].map(
      (s) => s.textContent,
    );
    expect(foot).toEqual(['oktober 2026', 'n = 812', 'Lägre är bättre']);
    const sla = await card('itsm.sla-compliance', 'sv');
    // raw textContent: textOf would fold the no-break space into a plain one
    expect(sla.shadowRoot!.querySelector('[part=value]')!.textContent).toBe(`92,4${NBSP}%`);
    expect(textOf(sla, '[part=delta]')).toBe('+1,3 p.e. bättre');
  });

  test('takes the language from the page when the element has none', async () => {
    const host = document.createElement('section');
    host.lang = 'sv';
    const el = document.createElement('kpi-card');
    el.kpi = 'itsm.fcr';
    el.data = serviceDeskSnapshot();
    host.append(el);
    document.body.replaceChildren(host);
    await el.updateComplete;
    expect(textOf(el, '.note')).toBe('För lite data (n = 12)');
    expect(textOf(el, '[part=title]')).toBe('Lösta vid första kontakt');
  });
});
