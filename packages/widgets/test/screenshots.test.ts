import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../src/index.js';
import type { KpiScorecard } from '../src/elements/kpi-scorecard.js';
import { mount, serviceDeskSnapshot } from './render-helpers.js';

// Written to <repo>/test-output/ (git-ignored); paths are relative to this file.
describe('scorecard screenshots', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`a scorecard in the ${theme} theme is written as a PNG`, async () => {
      await page.viewport(1200, 760);
      const background = theme === 'dark' ? '#0b0e14' : '#f3f5f9';
      document.documentElement.style.background = background;
      document.body.style.cssText = `margin:0;padding:24px;background:${background}`;
      const el = await mount<KpiScorecard>(
        `<kpi-scorecard lang="en" theme="${theme}"></kpi-scorecard>`,
        (e) => {
          e.data = serviceDeskSnapshot();
        },
      );
      const path = await page.screenshot({
        path: `../../../test-output/scorecard-${theme}.png`,
        element: document.body,
      });
      expect(path).toMatch(/scorecard-.*\.png$/);
      expect(el.shadowRoot!.querySelectorAll('kpi-card')).toHaveLength(6);
    });
  }
});
