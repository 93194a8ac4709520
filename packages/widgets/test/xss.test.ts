import { describe, expect, test } from 'vitest';
import '../src/index.js';
import { mount, serviceDeskSnapshot, settle } from './render-helpers.js';

const evil = '<img src=x onerror="window.__kpiXss = true">';

declare global {
  interface Window {
    __kpiXss?: boolean;
  }
}

describe('text from a snapshot is text', () => {
  for (const tag of ['kpi-scorecard', 'kpi-card', 'kpi-trend', 'kpi-breakdown', 'kpi-tree']) {
    test(`${tag} shows a title with HTML in it as characters and runs nothing`, async () => {
      window.__kpiXss = undefined;
      const s = serviceDeskSnapshot();
      const kpis = s.kpis.map((k) => ({
        ...k,
        title: { en: evil, sv: evil },
        breakdowns: { [evil]: [{ key: evil, value: 1, sample: 1 }] },
      }));
      const snapshot = { ...s, scorecard: { ...s.scorecard, title: { en: evil } }, kpis };
      const el = await mount<HTMLElement & { data: unknown }>(
        `<${tag} lang="en" kpi="itsm.csat"></${tag}>`,
        (e) => {
          e.data = snapshot;
        },
      );
      await settle(el);
      await new Promise((r) => setTimeout(r, 50));
      const roots = [
        el.shadowRoot!,
        ...[...el.shadowRoot!.querySelectorAll('kpi-card')].map((c) => c.shadowRoot!),
      ];
      expect(roots.every((r) => r.querySelector('img') === null)).toBe(true);
      expect(roots.some((r) => r.textContent!.includes(evil))).toBe(true);
      expect(window.__kpiXss).toBeUndefined();
    });
  }
});
