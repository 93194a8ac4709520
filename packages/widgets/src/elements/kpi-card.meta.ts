import { baseAttributes, baseEvents, baseParts, type ElementMeta } from '../base/element-meta.js';

export const kpiCardMeta: ElementMeta = {
  tagName: 'kpi-card',
  className: 'KpiCard',
  module: 'src/elements/kpi-card.ts',
  summary:
    'One KPI at a glance: value with unit, status (colour, icon and words), target, change since the previous period marked better or worse, and a sparkline.',
  attributes: baseAttributes,
  events: baseEvents,
  parts: [
    { name: 'card', description: 'The card box (a labelled group).' },
    { name: 'title', description: 'The KPI title.' },
    { name: 'value', description: 'The headline value with its unit.' },
    { name: 'status', description: 'The status badge.' },
    { name: 'target', description: 'The target text.' },
    { name: 'delta', description: 'The change since the comparison period.' },
    { name: 'sparkline', description: 'The small trend chart.' },
    { name: 'table', description: 'The visually hidden table of the series.' },
    ...baseParts,
  ],
};
