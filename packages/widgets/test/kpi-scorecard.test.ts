import type { Snapshot } from '@nyckeltal/spec';
import { describe, expect, test } from 'vitest';
import '../src/index.js';
import type { KpiScorecard } from '../src/elements/kpi-scorecard.js';
import { mount, serviceDeskSnapshot, textOf } from './render-helpers.js';

/** Mounts a scorecard drawing `snapshot`, with `inner` as its light-DOM children. */
function scorecard(snapshot: Snapshot, lang: string, inner = ''): Promise<KpiScorecard> {
  return mount<KpiScorecard>(`<kpi-scorecard lang="${lang}">${inner}</kpi-scorecard>`, (el) => {
    el.data = snapshot;
  });
}

describe('kpi-scorecard header', () => {
  test('names the period and when the data runs to, as the source wrote it', async () => {
    // The fixture's data_through is 2026-10-31T16:59:00+01:00: 15:59 UTC, 11:59 in New York,
    // where this browser is (vitest.config.ts). The header shows the source's 16:59.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    const el = await scorecard(serviceDeskSnapshot(), 'en');
    expect(textOf(el, '.sub')).toBe('October 2026 Data through 31 Oct 2026, 16:59');
    const time = el.shadowRoot!.querySelector('.sub time');
    expect(time?.getAttribute('datetime')).toBe('2026-10-31T16:59:00+01:00');
  });

  test('keeps the source’s day when the reader’s zone is already on another day', async () => {
    // 23:28 at +01:00 on 31 October is 22:28 UTC; a day later in Tokyo, 18:28 in New York.
    const snapshot = { ...serviceDeskSnapshot(), data_through: '2026-10-31T23:28:00+01:00' };
    const el = await scorecard(snapshot, 'sv');
    expect(textOf(el, '.sub')).toBe('oktober 2026 Data till och med 31 okt. 2026 23:28');
  });

  test('says nothing about freshness when the snapshot has no data', async () => {
    const el = await scorecard({ ...serviceDeskSnapshot(), data_through: null }, 'en');
    expect(textOf(el, '.sub')).toBe('October 2026');
  });
});

describe('kpi-scorecard description slot', () => {
  test('shows page content with slot="description" in the header, under the title and above the cards', async () => {
    const el = await scorecard(
      serviceDeskSnapshot(),
      'en',
      '<p slot="description">Weekly figures · For: team leads</p>',
    );
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=description]')!;
    const assigned = slot.assignedElements();
    expect(assigned.map((e) => e.textContent)).toEqual(['Weekly figures · For: team leads']);
    // In the header, after the title and the period line.
    expect(slot.parentElement?.getAttribute('part')).toBe('header');
    expect(slot.previousElementSibling?.classList.contains('sub')).toBe(true);
    // Laid out on its own row: below the title's bottom edge, above the grid's top edge.
    const title = el.shadowRoot!.querySelector('[part=heading]')!.getBoundingClientRect();
    const line = assigned[0]!.getBoundingClientRect();
    const grid = el.shadowRoot!.querySelector('[part=grid]')!.getBoundingClientRect();
    expect(line.height).toBeGreaterThan(0);
    expect(line.top).toBeGreaterThanOrEqual(title.bottom);
    expect(line.bottom).toBeLessThanOrEqual(grid.top);
  });

  test('takes no room when the page gives no description', async () => {
    const bare = await scorecard(serviceDeskSnapshot(), 'en');
    const bareHeader = bare.shadowRoot!.querySelector('[part=header]')!.getBoundingClientRect().height;
    const described = await scorecard(serviceDeskSnapshot(), 'en', '<p slot="description">A line</p>');
    const describedHeader = described
      .shadowRoot!.querySelector('[part=header]')!
      .getBoundingClientRect().height;
    const line = described.querySelector('p')!.getBoundingClientRect().height;
    // The described header is taller by the line and one row gap, no more; the bare one has no empty row.
    expect(describedHeader).toBeGreaterThan(bareHeader + line - 0.5);
    expect(describedHeader).toBeLessThan(bareHeader + line + 8);
  });

  test('a description without the slot attribute is not shown', async () => {
    const el = await scorecard(serviceDeskSnapshot(), 'en', '<p>Not slotted</p>');
    expect(el.querySelector('p')!.getBoundingClientRect().height).toBe(0);
  });
});
