import { baseAttributes, baseEvents, baseParts, type ElementMeta } from '../base/element-meta.js';

export const kpiTreeMeta: ElementMeta = {
  tagName: 'kpi-tree',
  className: 'KpiTree',
  module: 'src/elements/kpi-tree.ts',
  summary:
    'An outcome KPI and, beneath it, the KPIs that support it (from `supports` in the snapshot), recursively, as a keyboard-navigable tree (arrow keys, Home, End, Enter).',
  attributes: baseAttributes.map((a) =>
    a.name === 'kpi'
      ? {
          ...a,
          description:
            'The KPI at the root; unset shows every KPI that supports no other KPI in the snapshot.',
        }
      : a,
  ),
  events: baseEvents,
  parts: [
    { name: 'panel', description: 'The panel around the tree.' },
    { name: 'title', description: 'The tree heading.' },
    { name: 'tree', description: 'The tree (role=tree).' },
    { name: 'node', description: 'The row of one KPI.' },
    { name: 'status', description: 'The status badge of a node.' },
    ...baseParts,
  ],
};
