import type { Snapshot } from '@nyckeltal/spec';
import { describe, expect, test } from 'vitest';
import { serviceDeskSnapshot } from '../../test/render-helpers.js';
import { buildKpiTree, visibleNodes } from './kpi-tree-model.js';

describe('buildKpiTree', () => {
  test('hangs the KPIs that support customer satisfaction beneath it, in snapshot order', () => {
    const [root] = buildKpiTree(serviceDeskSnapshot(), 'itsm.csat');
    expect(root?.kpi.id).toBe('itsm.csat');
    // supports in the fixture: sla → csat; mttr → csat, sla; frt → csat; fcr → csat; backlog → mttr
    expect(root?.children.map((c) => c.kpi.id)).toEqual([
      'itsm.sla-compliance',
      'itsm.mttr',
      'itsm.frt',
      'itsm.fcr',
    ]);
    expect(root?.children[0]?.children.map((c) => c.kpi.id)).toEqual(['itsm.mttr']);
    expect(root?.children[0]?.children[0]?.children.map((c) => c.kpi.id)).toEqual(['itsm.backlog']);
  });

  test('without a root id, starts from the KPIs that support nothing in the snapshot', () => {
    expect(buildKpiTree(serviceDeskSnapshot()).map((n) => n.kpi.id)).toEqual(['itsm.csat']);
  });

  test('a cycle in supports ends instead of looping', () => {
    const s = serviceDeskSnapshot();
    const kpis = s.kpis
      .slice(0, 2)
      .map((k, i) => ({ ...k, supports: [i === 0 ? 'itsm.sla-compliance' : 'itsm.csat'] }));
    const tree = buildKpiTree({ ...s, kpis } as Snapshot, 'itsm.csat');
    expect(visibleNodes(tree, new Set()).map((n) => n.path)).toEqual([
      'itsm.csat',
      'itsm.csat>itsm.sla-compliance',
    ]);
  });
});

describe('visibleNodes', () => {
  test('lists every node when nothing is collapsed, and hides a collapsed node’s subtree', () => {
    const tree = buildKpiTree(serviceDeskSnapshot(), 'itsm.csat');
    // csat; sla > mttr > backlog; mttr > backlog; frt; fcr = 1 + 3 + 2 + 1 + 1 = 8
    expect(visibleNodes(tree, new Set())).toHaveLength(8);
    // collapsing sla hides its mttr and backlog: 8 − 2 = 6
    expect(visibleNodes(tree, new Set(['itsm.csat>itsm.sla-compliance']))).toHaveLength(6);
  });
});
