import { baseAttributes, baseEvents, baseParts, type ElementMeta } from '../base/element-meta.js';

export const kpiScorecardMeta: ElementMeta = {
  tagName: 'kpi-scorecard',
  className: 'KpiScorecard',
  module: 'src/elements/kpi-scorecard.ts',
  summary:
    'A whole scorecard: its title, period and data freshness, and a responsive grid of kpi-card elements, one per KPI (or only the KPI named by `kpi`).',
  attributes: baseAttributes.map((a) =>
    a.name === 'kpi'
      ? { ...a, description: 'Show only this KPI id; unset shows every KPI of the snapshot.' }
      : a,
  ),
  events: baseEvents,
  parts: [
    {
      name: 'header',
      description: 'The header with title, period, data freshness and the `description` slot.',
    },
    { name: 'heading', description: 'The scorecard title.' },
    { name: 'grid', description: 'The grid of cards.' },
    { name: 'issues', description: 'The data-quality warnings, when the snapshot has any.' },
    ...['card', 'title', 'value', 'status', 'target', 'delta', 'sparkline'].map((name) => ({
      name,
      description: `The ${name} part of each kpi-card, exported.`,
    })),
    ...baseParts,
  ],
  slots: [
    {
      name: 'description',
      description:
        'Page content shown in the header under title, period and data freshness, above the cards (e.g. what the scorecard is for and who reads it); shown once the snapshot is drawn.',
    },
  ],
};
