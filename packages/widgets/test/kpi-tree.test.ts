import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/index.js';
import type { KpiTree } from '../src/elements/kpi-tree.js';
import { mount, serviceDeskSnapshot } from './render-helpers.js';

async function tree(lang = 'en'): Promise<KpiTree> {
  return mount<KpiTree>(`<kpi-tree kpi="itsm.csat" lang="${lang}"></kpi-tree>`, (el) => {
    el.data = serviceDeskSnapshot();
  });
}

const focusedKpi = (el: KpiTree) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.kpi;

describe('kpi-tree', () => {
  test('is a tree of the outcome KPI and the KPIs that support it', async () => {
    const el = await tree();
    const root = el.shadowRoot!.querySelector('[role=tree] > [role=treeitem]')!;
    expect(root.getAttribute('data-kpi')).toBe('itsm.csat');
    expect(root.getAttribute('aria-level')).toBe('1');
    expect(root.getAttribute('aria-expanded')).toBe('true');
    const children = [...el.shadowRoot!.querySelectorAll('[role=treeitem][aria-level="2"]')];
    expect(children.map((c) => c.getAttribute('data-kpi'))).toEqual([
      'itsm.sla-compliance',
      'itsm.mttr',
      'itsm.frt',
      'itsm.fcr',
    ]);
    expect(
      children.map((c) => `${c.getAttribute('aria-posinset')}/${c.getAttribute('aria-setsize')}`),
    ).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(root.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Customer satisfaction Outcome · supported by 4 KPIs 4.3 On target',
    );
  });

  test('has exactly one item in the tab order', async () => {
    const el = await tree();
    const tabbable = el.shadowRoot!.querySelectorAll('[role=treeitem][tabindex="0"]');
    expect(tabbable).toHaveLength(1);
  });

  test('moves with the arrow keys and folds with left and right', async () => {
    const el = await tree();
    el.shadowRoot!.querySelector<HTMLElement>('[role=treeitem]')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(focusedKpi(el)).toBe('itsm.sla-compliance');
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    // sla was open: ArrowLeft closes it, its subtree leaves the DOM, focus stays
    expect(focusedKpi(el)).toBe('itsm.sla-compliance');
    expect(el.shadowRoot!.querySelectorAll('[role=treeitem]')).toHaveLength(6);
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(focusedKpi(el)).toBe('itsm.csat');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(focusedKpi(el)).toBe('itsm.fcr');
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[role=treeitem]')).toHaveLength(1);
  });

  test('speaks Swedish level names', async () => {
    const el = await tree('sv');
    const small = el.shadowRoot!.querySelector('.name small')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(small).toBe('Resultat · stöds av 4 nyckeltal');
  });
});
