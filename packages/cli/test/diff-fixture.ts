/**
 * A small service-desk project for the diff, owners and docs tests: one source over a CSV
 * of six tickets, three KPIs and a scorecard, in kpis/ of a repository.
 *
 * The tickets (Europe/Stockholm wall-clock times), with the hours the tests work out by hand:
 *
 * | id | type     | opened           | resolved         | fixed            | resolved−opened | fixed−opened |
 * | T1 | incident | 2026-01-05 08:00 | 2026-01-05 12:00 | 2026-01-05 10:00 |  4 h            | 2 h          |
 * | T2 | incident | 2026-01-10 09:00 | 2026-01-10 17:00 | 2026-01-10 11:00 |  8 h            | 2 h          |
 * | T3 | request  | 2026-02-02 08:00 | 2026-02-02 09:00 | 2026-02-02 09:00 |  1 h            | 1 h          |
 * | T4 | incident | 2026-02-03 10:00 | 2026-02-04 10:00 | 2026-02-03 16:00 | 24 h            | 6 h          |
 * | T5 | incident | 2026-02-27 12:00 | 2026-03-02 12:00 | 2026-02-28 12:00 | 72 h            | 24 h         |
 * | T6 | incident | 2026-03-10 08:00 | 2026-03-10 18:00 | 2026-03-10 09:00 | 10 h            | 1 h          |
 */
export const ticketsCsv = `id,type,opened_at,resolved_at,fixed_at,csat
T1,incident,2026-01-05 08:00,2026-01-05 12:00,2026-01-05 10:00,4
T2,incident,2026-01-10 09:00,2026-01-10 17:00,2026-01-10 11:00,5
T3,request,2026-02-02 08:00,2026-02-02 09:00,2026-02-02 09:00,3
T4,incident,2026-02-03 10:00,2026-02-04 10:00,2026-02-03 16:00,2
T5,incident,2026-02-27 12:00,2026-03-02 12:00,2026-02-28 12:00,4
T6,incident,2026-03-10 08:00,2026-03-10 18:00,2026-03-10 09:00,5
`;

export const projectYaml = `kind: project
name: Desk
language: en
owners:
  service-desk: "@acme/service-desk"
  cx: "@acme/cx-team"
`;

export const sourceYaml = (resolvedColumn = 'resolved_at') => `kind: source
id: tickets
title: { en: Tickets, sv: Ärenden }
from: { file: data/tickets.csv }
time_zone: Europe/Stockholm
fields:
  id: { type: string, key: true }
  type: { type: string, values: [incident, request] }
  opened_at: timestamp
  resolved_at: { type: timestamp, column: ${resolvedColumn} }
  csat: integer
`;

export const mttrYaml = (
  options: { version?: number; measure?: string; description?: string } = {},
) => `kind: kpi
id: itsm.mttr
version: ${options.version ?? 1}
title: { en: Mean time to resolve, sv: Genomsnittlig lösningstid }
description: ${options.description ?? 'Average calendar hours from open to resolved, for incidents.'}
category: itsm
level: process
owner: { name: Service desk manager, team: service-desk }
source: tickets
measure: ${options.measure ?? 'avg(hours_between(opened_at, resolved_at))'}
where: type = 'incident'
time: resolved_at
unit: hours
direction: lower
targets:
  - { value: 8, from: 2026-01-01 }
thresholds: { green: 8, amber: 12 }
review: monthly
supports: [cx.csat]
`;

export const resolvedYaml = `kind: kpi
id: itsm.resolved
version: 1
title: { en: Resolved tickets, sv: Lösta ärenden }
description: Tickets resolved in the period, all types.
category: itsm
level: output
owner: { name: Service desk manager, team: service-desk }
source: tickets
measure: count(*)
time: resolved_at
unit: count
direction: higher
review: monthly
`;

export const csatYaml = `kind: kpi
id: cx.csat
version: 1
title: { en: Customer satisfaction, sv: Kundnöjdhet }
description: Average survey score (1 to 5) by the month the ticket was opened.
category: cx
level: outcome
owner: { name: Customer experience lead, team: cx }
source: tickets
measure: avg(csat)
time: opened_at
unit: score
direction: higher
targets:
  - { value: 4.5 }
review: quarterly
`;

export const scorecardYaml = `kind: scorecard
id: desk
title: { en: Service desk, sv: Servicedesk }
audience: Team leads
kpis: [itsm.mttr, itsm.resolved, cx.csat]
grain: month
history: 6
`;

/** The whole project, keyed by path in the repository. */
export function deskProject(): Record<string, string> {
  return {
    'kpis/nyckeltal.yaml': projectYaml,
    'kpis/data/tickets.csv': ticketsCsv,
    'kpis/sources/tickets.yaml': sourceYaml(),
    'kpis/itsm/mttr.yaml': mttrYaml(),
    'kpis/itsm/resolved.yaml': resolvedYaml,
    'kpis/cx/csat.yaml': csatYaml,
    'kpis/scorecards/desk.yaml': scorecardYaml,
  };
}
