import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/index.js';
import type { KpiBreakdown } from '../src/elements/kpi-breakdown.js';
import type { KpiTrend } from '../src/elements/kpi-trend.js';
import { mount, serviceDeskSnapshot, textOf } from './render-helpers.js';

async function trend(kpi: string, lang = 'en'): Promise<KpiTrend> {
  return mount<KpiTrend>(`<kpi-trend kpi="${kpi}" lang="${lang}" style="width:640px"></kpi-trend>`, (el) => {
    el.data = serviceDeskSnapshot();
  });
}

describe('kpi-trend', () => {
  test('draws the green band below the red one when lower is better', async () => {
    const el = await trend('itsm.mttr');
    const band = (s: string) => el.shadowRoot!.querySelector<SVGRectElement>(`rect.band[data-status=${s}]`)!;
    // y grows downwards: the green band (≤ 8 h) lies below the red one (> 12 h)
    expect(Number(band('green').getAttribute('y'))).toBeGreaterThan(Number(band('red').getAttribute('y')));
  });

  test('draws the green band above the red one when higher is better', async () => {
    const el = await trend('itsm.sla-compliance');
    const band = (s: string) => el.shadowRoot!.querySelector<SVGRectElement>(`rect.band[data-status=${s}]`)!;
    expect(Number(band('green').getAttribute('y'))).toBeLessThan(Number(band('red').getAttribute('y')));
  });

  test('labels the value axis with nice ticks and units, and the time axis with periods', async () => {
    const el = await trend('itsm.mttr');
    const yTicks = [...el.shadowRoot!.querySelectorAll('text.tick.y')].map((t) => t.textContent);
    // data and target span 8–14 h; with 8% headroom (0.48 h) 7.52–14.48 → step 2 → 6–16
    expect(yTicks).toEqual(['6 h', '8 h', '10 h', '12 h', '14 h', '16 h']);
    const xTicks = [...el.shadowRoot!.querySelectorAll('text.tick.x')].map((t) => t.textContent);
    expect(xTicks.at(-1)).toBe('Oct');
    expect(el.shadowRoot!.querySelector('path.target-line')!.getAttribute('d')).toMatch(/^M/);
  });

  test('explains target and bands in words in the legend', async () => {
    const el = await trend('itsm.mttr');
    const items = [...el.shadowRoot!.querySelectorAll('[part=legend] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(['Target 8 h', 'On target ≤ 8 h', 'At risk ≤ 12 h', 'Off target > 12 h']);
  });

  test('has the series as a hidden table, a gap shown as a dash', async () => {
    const el = await trend('itsm.fcr', 'sv');
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent!.trim()),
    );
    expect(rows).toHaveLength(13);
    // the fixture's 2025-12 has no rows: value null, sample 0
    expect(rows[2]).toEqual(['december 2025', '\u2013', '70\u00a0%', 'För lite data', '0']);
    expect(el.shadowRoot!.querySelector('svg[aria-hidden=true]')).not.toBeNull();
  });
});

describe('kpi-breakdown', () => {
  test('sorts bars best first: lowest first when lower is better, rows without value last', async () => {
    const el = await mount<KpiBreakdown>('<kpi-breakdown kpi="itsm.frt" lang="en"></kpi-breakdown>', (e) => {
      e.data = serviceDeskSnapshot();
    });
    const labels = [...el.shadowRoot!.querySelectorAll('[part=label]')].map((l) => l.textContent);
    // fixture order Chat 4.5, Phone 1.2, Portal 96.5, Email 135, (none) 62 → ascending
    expect(labels).toEqual(['Phone', 'Chat', '(no value)', 'Portal', 'Email']);
  });

  test('switches breakdown with a button, by mouse or keyboard', async () => {
    const el = await mount<KpiBreakdown>('<kpi-breakdown kpi="itsm.mttr" lang="en"></kpi-breakdown>', (e) => {
      e.data = serviceDeskSnapshot();
    });
    expect(textOf(el, '[part=label]')).toBe('1 - Critical');
    const tabs = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=tab]');
    tabs[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.by).toBe('assignment_group');
    expect(tabs[1]!.getAttribute('aria-pressed')).toBe('true');
    // lower is better: Service desk 4.4 < Identity & access 10.3 < Workplace 12.9 < Network 15.2
    const labels = [...el.shadowRoot!.querySelectorAll('[part=label]')].map((l) => l.textContent);
    expect(labels).toEqual(['Service desk', 'Identity & access', 'Workplace', 'Network']);
  });
});
