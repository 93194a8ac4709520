import type { ProjectFile } from '../src/load/load-files.js';

/** A small valid project: settings, a source, a calendar and two KPIs that support each other properly. */
export const PROJECT_YAML = 'kind: project\nname: Test desk\n';

export const SOURCE_YAML = `kind: source
id: tickets
from: { file: data/tickets.csv }
time_zone: Europe/Stockholm
fields:
  id: { type: string, key: true }
  type: { type: string, values: [incident, request] }
  priority: string
  opened_at: timestamp
  resolved_at: timestamp
  first_contact: boolean
  reopen_count: integer
`;

export const CALENDAR_YAML = `kind: calendar
id: office
time_zone: Europe/Stockholm
hours: { mon-fri: "08:00-17:00" }
`;

/** A complete, SMART KPI; `extra` lines replace settings of the same name. */
export function kpiYaml(id: string, extra: Record<string, string> = {}): string {
  const settings: Record<string, string> = {
    kind: 'kpi',
    id,
    version: '1',
    title: `{ en: ${id} title }`,
    description: 'Average hours from opening to resolution of incidents.',
    category: 'itsm',
    level: 'process',
    owner: '{ name: Desk lead, team: service-desk }',
    source: 'tickets',
    measure: 'avg(hours_between(opened_at, resolved_at))',
    where: "type = 'incident'",
    time: 'resolved_at',
    unit: 'hours',
    direction: 'lower',
    targets: '[{ value: 8, from: 2026-01-01, until: 2026-12-31 }]',
    thresholds: '{ green: 8, amber: 12 }',
    review: 'monthly',
    supports: '[itsm.outcome]',
    ...extra,
  };
  return Object.entries(settings)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
}

/** An outcome KPI that the default kpiYaml supports. */
export const OUTCOME_YAML = kpiYaml('itsm.outcome', {
  level: 'outcome',
  supports: '',
  measure: 'share(first_contact)',
  unit: 'percent',
  direction: 'higher',
  targets: '[{ value: 70, from: 2026-01-01, until: 2026-12-31 }]',
  thresholds: '{ green: 70, amber: 60 }',
});

/** The fixture project's files plus `extra` (a file with the same path replaces the fixture's). */
export function projectFiles(extra: ProjectFile[] = []): ProjectFile[] {
  const base: ProjectFile[] = [
    { path: 'nyckeltal.yaml', text: PROJECT_YAML },
    { path: 'sources/tickets.yaml', text: SOURCE_YAML },
    { path: 'calendars/office.yaml', text: CALENDAR_YAML },
    { path: 'itsm/mttr.yaml', text: kpiYaml('itsm.mttr') },
    { path: 'itsm/outcome.yaml', text: OUTCOME_YAML },
  ];
  const paths = new Set(extra.map((f) => f.path));
  return [...base.filter((f) => !paths.has(f.path)), ...extra];
}
