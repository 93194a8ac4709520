/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import '../src/index.js';
import type { KpiCard } from '../src/elements/kpi-card.js';
import { mount, serviceDeskSnapshot } from './render-helpers.js';

async function card(attrs = ''): Promise<KpiCard> {
  return mount<KpiCard>(`<kpi-card kpi="itsm.mttr" lang="en" ${attrs}></kpi-card>`, (el) => {
    el.data = serviceDeskSnapshot();
  });
}

const surface = (el: KpiCard) =>
  getComputedStyle(el.shadowRoot!.querySelector('[part=card]')!).backgroundColor;

describe('themes', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  test('light by default: a white card', async () => {
    expect(surface(await card())).toBe('rgb(255, 255, 255)');
  });

  test('theme="dark" gives the dark surface', async () => {
    // --kpi-color-surface dark default #161b26 = rgb(22, 27, 38)
    expect(surface(await card('theme="dark"'))).toBe('rgb(22, 27, 38)');
  });

  test('prefers-color-scheme: dark turns the card dark, unless theme="light"', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: 'dark' }],
    });
    expect(surface(await card())).toBe('rgb(22, 27, 38)');
    expect(surface(await card('theme="light"'))).toBe('rgb(255, 255, 255)');
  });

  test('a --kpi-* property set on an ancestor restyles the card in either theme', async () => {
    const el = await card('theme="dark"');
    const wrapper = document.createElement('div');
    wrapper.style.setProperty('--kpi-color-surface', 'rgb(1, 2, 3)');
    el.replaceWith(wrapper);
    wrapper.append(el);
    await el.updateComplete;
    expect(surface(el)).toBe('rgb(1, 2, 3)');
  });

  test('status is shown by icon and words as well as colour', async () => {
    const el = await card();
    const badge = el.shadowRoot!.querySelector('[part=status]')!;
    expect(badge.querySelector('svg')).not.toBeNull();
    expect(badge.textContent!.trim()).toBe('At risk');
    // amber: #8a4f00 = rgb(138, 79, 0)
    expect(getComputedStyle(badge).color).toBe('rgb(138, 79, 0)');
  });
});
