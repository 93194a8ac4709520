import { sampleTicketsCsv } from './sample-tickets.js';

/** One file of a new project: a path relative to the project folder and its text. */
export interface TemplateFile {
  readonly path: string;
  readonly text: string;
}

/**
 * The files `kpi init` writes: settings, a source over a sample CSV, four SMART KPIs that
 * form a small KPI tree (three operational KPIs supporting CSAT) and a scorecard. Each
 * YAML file carries the modeline that gives completion and checking in editors; `schemaBase`
 * is where the published schemas are, relative to the project folder.
 *
 * @example
 * projectTemplate({ name: 'IT service desk', schemaBase: 'node_modules/@nyckeltal/spec/schema' })
 *   .map((f) => f.path); // ['nyckeltal.yaml', 'sources/tickets.yaml', 'data/tickets.csv', …]
 */
export function projectTemplate(options: { name: string; schemaBase: string }): TemplateFile[] {
  const modeline = (kind: string, depth: number) =>
    `# yaml-language-server: $schema=${'../'.repeat(depth)}${options.schemaBase}/${kind}.schema.json\n`;
  const year = 2026;
  const kpi = (file: string, body: string): TemplateFile => ({
    path: `kpis/${file}`,
    text: modeline('kpi', 1) + body,
  });
  return [
    {
      path: 'nyckeltal.yaml',
      text: `${modeline('project', 0)}kind: project
name: ${yamlString(options.name)}
language: en
out: build/snapshots
owners:
  service-desk: "@your-org/service-desk"
`,
    },
    {
      path: 'sources/tickets.yaml',
      text: `${modeline('source', 1)}kind: source
id: tickets
title: { en: Tickets, sv: Ärenden }
description: One row per ticket, exported from the ticket system. Replace data/tickets.csv with your own export.
from: { file: data/tickets.csv } # relative to the project folder
time_zone: Europe/Stockholm
fields:
  id: { type: string, key: true }
  type: { type: string, values: [incident, request, question] }
  priority: { type: string, values: [1 - Critical, 2 - High, 3 - Moderate, 4 - Low] }
  channel: { type: string, values: [portal, email, phone, chat] }
  opened_at: timestamp
  first_response_at: timestamp
  resolved_at: timestamp
  reopen_count: integer
  satisfaction: { type: integer, description: "Survey answer 1-5, empty without an answer." }
`,
    },
    { path: 'data/tickets.csv', text: sampleTicketsCsv() },
    kpi(
      'csat.yaml',
      `kind: kpi
id: desk.csat
version: 1
title: { en: Customer satisfaction (CSAT), sv: Kundnöjdhet (CSAT) }
description: >
  Share of survey answers that are 4 or 5 on the 1-5 scale (the top two boxes),
  counted in the month the ticket was resolved.
category: itsm
level: outcome
owner: { name: Service desk manager, team: service-desk }
source: tickets
measure: top_box(satisfaction, 4)
where: satisfaction is not null
time: resolved_at
unit: percent
direction: higher
breakdowns: [channel]
targets:
  - { value: 80, from: ${year}-01-01, until: ${year}-12-31 }
thresholds: { green: 80, amber: 70 }
review: monthly
influence: medium
min_sample: 10
`,
    ),
    kpi(
      'mttr.yaml',
      `kind: kpi
id: desk.mttr
version: 1
title: { en: Mean time to resolve, sv: Genomsnittlig lösningstid }
description: >
  Average calendar hours from when a ticket is opened until it is resolved,
  counted in the month it was resolved.
category: itsm
level: process
owner: { name: Service desk manager, team: service-desk }
source: tickets
measure: avg(hours_between(opened_at, resolved_at))
where: resolved_at is not null
time: resolved_at
unit: hours
direction: lower
breakdowns: [priority, channel]
targets:
  - { value: 16, from: ${year}-01-01, until: ${year}-12-31 }
thresholds: { green: 16, amber: 20 }
review: monthly
supports: [desk.csat]
influence: high
min_sample: 20
`,
    ),
    kpi(
      'frt.yaml',
      `kind: kpi
id: desk.frt
version: 1
title: { en: Median first response time, sv: Median för första svarstid }
description: >
  Median minutes from when a ticket is opened until the first response,
  counted in the month the ticket was opened.
category: itsm
level: process
owner: { name: Service desk team lead, team: service-desk }
source: tickets
measure: median(minutes_between(opened_at, first_response_at))
time: opened_at
unit: minutes
direction: lower
breakdowns: [channel]
targets:
  - { value: 60, from: ${year}-01-01, until: ${year}-12-31 }
thresholds: { green: 60, amber: 90 }
review: weekly
supports: [desk.csat]
influence: high
min_sample: 20
`,
    ),
    kpi(
      'reopen-rate.yaml',
      `kind: kpi
id: desk.reopen-rate
version: 1
title: { en: Reopen rate, sv: Andel återöppnade }
description: >
  Share of resolved tickets that were reopened at least once,
  counted in the month they were resolved.
category: itsm
level: output
owner: { name: Service desk team lead, team: service-desk }
source: tickets
measure: share(reopen_count > 0)
where: resolved_at is not null
time: resolved_at
unit: percent
direction: lower
breakdowns: [priority]
targets:
  - { value: 5, from: ${year}-01-01, until: ${year}-12-31 }
thresholds: { green: 5, amber: 8 }
review: monthly
supports: [desk.csat]
influence: medium
min_sample: 20
`,
    ),
    {
      path: 'scorecards/service-desk.yaml',
      text: `${modeline('scorecard', 1)}kind: scorecard
id: service-desk
title: { en: Service desk, sv: Servicedesk }
audience: Service desk team leads
kpis: [desk.csat, desk.mttr, desk.frt, desk.reopen-rate]
grain: month
history: 3
compare: previous
`,
    },
  ];
}

/** Quotes a name for YAML when it would not read back as the same plain string. */
function yamlString(text: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/.test(text) ? text : JSON.stringify(text);
}
