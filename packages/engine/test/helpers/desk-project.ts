import { join } from 'node:path';
import type { ProjectModel, ScorecardModel } from '@nyckeltal/spec';
import { kpiModel, projectModel, scorecardModel } from './project-model.js';
import { sourceModel } from './source-model.js';

export const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** The desk.csv source: twelve hand-made tickets, Stockholm time. */
export const desk = sourceModel(
  'desk',
  { kind: 'file', path: 'desk.csv', format: 'csv' },
  {
    id: { type: 'string', key: true },
    type: 'string',
    priority: 'string',
    opened_at: 'timestamp',
    resolved_at: 'timestamp',
    first_contact: 'boolean',
    csat: 'integer',
  },
);

export const deskKpis = [
  kpiModel(desk, { id: 'k.resolved', measure: 'count(*)', title: { en: 'Resolved', sv: 'Lösta' } }),
  kpiModel(desk, {
    id: 'k.mttr',
    measure: 'avg(hours_between(opened_at, resolved_at))',
    where: "type = 'incident'",
    unit: 'hours',
    direction: 'lower',
    targets: [{ value: 8, from: '2026-01-01' }],
    thresholds: { green: 8, amber: 12 },
    minSample: 2,
    breakdowns: ['priority'],
    supports: ['k.csat'],
  }),
  kpiModel(desk, { id: 'k.fcr', measure: 'share(first_contact)', unit: 'percent', targets: [{ value: 70 }] }),
  kpiModel(desk, { id: 'k.csat', measure: 'avg(csat)', unit: 'score', thresholds: { green: 4.5, amber: 4 } }),
  kpiModel(desk, {
    id: 'k.median',
    measure: 'median(hours_between(opened_at, resolved_at))',
    where: "type = 'incident'",
    unit: 'hours',
    direction: 'lower',
  }),
];

/** The desk project; `extra` scorecards are added to the default `desk` one. */
export function deskProject(extra: readonly ScorecardModel[] = [], root = fixtures): ProjectModel {
  const card = scorecardModel(
    'desk',
    deskKpis.map((k) => k.id),
  );
  return projectModel(root, [desk], deskKpis, [card, ...extra]);
}
