import axe from 'axe-core';
import { describe, expect, test } from 'vitest';
import '../src/index.js';
import { mount, serviceDeskSnapshot, settle } from './render-helpers.js';

const cases = [
  ['kpi-scorecard', ''],
  ['kpi-card', 'itsm.mttr'],
  ['kpi-trend', 'itsm.mttr'],
  ['kpi-breakdown', 'itsm.mttr'],
  ['kpi-tree', 'itsm.csat'],
] as const;

async function violations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`,
  );
}

describe('axe-core finds no violations', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [tag, kpi] of cases) {
      test(`${tag} in the ${theme} theme`, async () => {
        document.body.style.background = theme === 'dark' ? '#0b0e14' : '#ffffff';
        const el = await mount<HTMLElement & { data: unknown }>(
          `<${tag} lang="en" theme="${theme}" ${kpi ? `kpi="${kpi}"` : ''}></${tag}>`,
          (e) => {
            e.data = serviceDeskSnapshot();
          },
        );
        await settle(el);
        expect((await violations(el)).join('\n')).toBe('');
      });
    }
  }

  test('the error message in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount<HTMLElement & { data: unknown }>(
        `<kpi-card lang="en" theme="${theme}"></kpi-card>`,
        (e) => {
          e.data = { schema: 'nyckeltal.snapshot/v9' };
        },
      );
      expect((await violations(el)).join('\n')).toBe('');
    }
  });
});
