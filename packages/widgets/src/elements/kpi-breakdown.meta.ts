import { baseAttributes, baseEvents, baseParts, type ElementMeta } from '../base/element-meta.js';

export const kpiBreakdownMeta: ElementMeta = {
  tagName: 'kpi-breakdown',
  className: 'KpiBreakdown',
  module: 'src/elements/kpi-breakdown.ts',
  summary:
    "One KPI split by a breakdown (priority, group, channel…) as horizontal bars sorted best first given the KPI's direction, with the target marked; buttons switch between breakdowns.",
  attributes: [
    ...baseAttributes,
    {
      name: 'by',
      type: 'string',
      description:
        'The breakdown to show, e.g. `priority`; unset shows the first and offers the others as buttons.',
    },
  ],
  events: baseEvents,
  parts: [
    { name: 'panel', description: 'The panel (a labelled group).' },
    { name: 'title', description: 'The KPI title.' },
    { name: 'tabs', description: 'The buttons that pick a breakdown.' },
    { name: 'tab', description: 'One breakdown button.' },
    { name: 'row', description: 'One bar row.' },
    { name: 'label', description: 'The key of a row.' },
    { name: 'bar', description: 'The bar of a row.' },
    ...baseParts,
  ],
};
