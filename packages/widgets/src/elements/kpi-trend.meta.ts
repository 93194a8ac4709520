import { baseAttributes, baseEvents, baseParts, type ElementMeta } from '../base/element-meta.js';

export const kpiTrendMeta: ElementMeta = {
  tagName: 'kpi-trend',
  className: 'KpiTrend',
  module: 'src/elements/kpi-trend.ts',
  summary:
    "One KPI's series as a line chart with the target line, green/amber/red threshold bands read with the KPI's direction, labelled axes, a legend in words and a visually hidden table of the series.",
  attributes: baseAttributes,
  events: baseEvents,
  parts: [
    { name: 'panel', description: 'The panel around the chart (a labelled group).' },
    { name: 'title', description: 'The KPI title.' },
    { name: 'value', description: 'The current value.' },
    { name: 'status', description: 'The status badge.' },
    { name: 'chart', description: 'The SVG chart.' },
    { name: 'legend', description: 'The legend: target and threshold bands in words.' },
    { name: 'table', description: 'The visually hidden table of the series.' },
    ...baseParts,
  ],
};
