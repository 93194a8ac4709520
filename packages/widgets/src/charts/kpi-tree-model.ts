import type { Snapshot, SnapshotKpi } from '@nyckeltal/spec';

/** A KPI in the tree, with the KPIs that support it; `path` is unique even for repeated KPIs. */
export interface TreeNode {
  readonly kind: 'tree-node';
  readonly kpi: SnapshotKpi;
  readonly path: string;
  readonly level: number;
  /** 1-based position among its siblings, and how many siblings there are (aria-posinset/setsize). */
  readonly position: number;
  readonly siblings: number;
  readonly children: readonly TreeNode[];
}

/**
 * Builds the KPI tree: from `rootId` (or every KPI that supports nothing in the snapshot)
 * down to the KPIs whose `supports` names it, recursively. A KPI that would repeat one of its
 * own ancestors is left out, so a cycle in `supports` cannot loop forever.
 *
 * @example
 * buildKpiTree(snapshot, 'itsm.csat')[0].children.map((c) => c.kpi.id); // ['itsm.sla-compliance', …]
 */
export function buildKpiTree(snapshot: Snapshot, rootId?: string): TreeNode[] {
  const ids = new Set(snapshot.kpis.map((k) => k.id));
  const roots = rootId
    ? snapshot.kpis.filter((k) => k.id === rootId)
    : snapshot.kpis.filter((k) => !k.supports.some((s) => ids.has(s) && s !== k.id));
  const grow = (
    kpi: SnapshotKpi,
    ancestors: readonly string[],
    level: number,
    at: number,
    of: number,
  ): TreeNode => {
    const line = [...ancestors, kpi.id];
    const supporters = snapshot.kpis.filter((k) => k.supports.includes(kpi.id) && !line.includes(k.id));
    const children = supporters.map((k, i) => grow(k, line, level + 1, i + 1, supporters.length));
    return { kind: 'tree-node', kpi, path: line.join('>'), level, position: at, siblings: of, children };
  };
  return roots.map((k, i) => grow(k, [], 1, i + 1, roots.length));
}

/**
 * The nodes a reader can reach by keyboard, in screen order: every root, and the children
 * of each node that is not collapsed.
 *
 * @example
 * visibleNodes(tree, new Set()).length; // every node when nothing is collapsed
 */
export function visibleNodes(nodes: readonly TreeNode[], collapsed: ReadonlySet<string>): TreeNode[] {
  const out: TreeNode[] = [];
  const walk = (list: readonly TreeNode[]) => {
    for (const node of list) {
      out.push(node);
      if (!collapsed.has(node.path)) walk(node.children);
    }
  };
  walk(nodes);
  return out;
}
