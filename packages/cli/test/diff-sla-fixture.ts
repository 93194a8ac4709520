/**
 * A project with business time for the `kpi diff` tests of SLA policies and calendars: an
 * office calendar (weekdays 08:00–17:00, Europe/Stockholm), a tickets source with a status
 * history, the SLA policy `desk-sla` (pauses in "Awaiting user") and four KPIs:
 *
 * - `itsm.mttr-net`: avg(resolution_hours) from the policy, by resolved month;
 * - `itsm.sla-met`: share(met) from the policy (decided tickets), by resolved month;
 * - `itsm.frt-bh`: avg(business_hours_between(opened_at, first_response_at, 'office')) on
 *   the tickets themselves, by opened month;
 * - `itsm.resolved`: count(*) on the tickets, by resolved month (no business time at all).
 *
 * The tickets (wall-clock Stockholm; 2026-02-09, 03-02, 03-09 and 03-16 are Mondays), with
 * the business hours worked out by hand. T2 waits in "Awaiting user" from Tue 16:00 to
 * Wed 08:30: Tue 16–17 1 h + Wed 08:00–08:30 0.5 h = 1.5 business hours of pause.
 *
 * | id | prio | opened         | response       | resolved       | response h      | resolution h            |
 * | T0 | P2   | Mon 02-09 08:00 | 08:30          | 12:00          | 0.5             | 4                       |
 * | T1 | P1   | Mon 03-02 09:00 | 09:30          | 12:00          | 0.5             | 3                       |
 * | T2 | P2   | Tue 03-03 15:00 | Wed 03-04 09:00 | Wed 14:00     | 2 + 1 − 1.5 = 1.5 | 2 + 6 − 1.5 = 6.5     |
 * | T3 | P1   | Tue 03-10 16:00 | Wed 03-11 08:30 | Thu 03-12 10:00 | 1 + 0.5 = 1.5  | 1 + 9 + 2 = 12          |
 * | T4 | P2   | Fri 03-13 10:00 | 11:00          | Mon 03-16 10:00 | 1              | 7 + 2 = 9               |
 *
 * Targets: P1 response 1, resolution 4; P2 response 2, resolution 8. Met: T0, T1, T2;
 * T3 breaches both (1.5 > 1, 12 > 4); T4 breaches resolution (9 > 8).
 */
export const slaTicketsCsv = `id,type,priority,opened_at,first_response_at,resolved_at,made_sla
T0,incident,P2,2026-02-09 08:00,2026-02-09 08:30,2026-02-09 12:00,true
T1,incident,P1,2026-03-02 09:00,2026-03-02 09:30,2026-03-02 12:00,true
T2,incident,P2,2026-03-03 15:00,2026-03-04 09:00,2026-03-04 14:00,false
T3,incident,P1,2026-03-10 16:00,2026-03-11 08:30,2026-03-12 10:00,false
T4,incident,P2,2026-03-13 10:00,2026-03-13 11:00,2026-03-16 10:00,true
`;

export const slaEventsCsv = `ticket_id,status,changed_at
T2,New,2026-03-03 15:00
T2,Awaiting user,2026-03-03 16:00
T2,In progress,2026-03-04 08:30
T2,Resolved,2026-03-04 14:00
`;

export const officeYaml = (holidays = '[2026-01-01]') => `kind: calendar
id: office
title: { en: Office hours, sv: Kontorstid }
time_zone: Europe/Stockholm
hours: { mon-fri: "08:00-17:00" }
holidays: ${holidays}
`;

export const slaTicketsSourceYaml = `kind: source
id: tickets
title: { en: Tickets, sv: Ärenden }
from: { file: data/tickets.csv }
time_zone: Europe/Stockholm
fields:
  id: { type: string, key: true }
  type: string
  priority: string
  opened_at: timestamp
  first_response_at: timestamp
  resolved_at: timestamp
  made_sla: boolean
`;

export const eventsSourceYaml = `kind: source
id: ticket-events
title: { en: Ticket status changes, sv: Statusändringar }
from: { file: data/events.csv }
time_zone: Europe/Stockholm
fields:
  ticket_id: string
  status: string
  changed_at: timestamp
`;

export const deskSlaYaml = (
  options: { p2Resolution?: number; vendorFlag?: string; title?: string; pauseStates?: string } = {},
) => `kind: sla
id: desk-sla
title: { en: ${options.title ?? 'Desk SLA'} }
source: tickets
where: type = 'incident'
calendar: office
priority: priority
start: opened_at
response: first_response_at
resolution: resolved_at
targets:
  P1: { response: 1, resolution: 4 }
  P2: { response: 2, resolution: ${options.p2Resolution ?? 8} }
pauses: { events: ticket-events, ticket: ticket_id, status: status, at: changed_at, states: [${options.pauseStates ?? 'Awaiting user'}] }
${options.vendorFlag ? `vendor_flag: ${options.vendorFlag}\n` : ''}`;

const kpi = (
  id: string,
  fields: { title: string; source: string; measure: string; where?: string; time: string; unit: string },
  version = 1,
) => `kind: kpi
id: ${id}
version: ${version}
title: { en: ${fields.title} }
description: ${fields.title}, for the diff tests.
category: itsm
level: process
owner: { name: Service desk manager, team: service-desk }
source: ${fields.source}
measure: ${fields.measure}
${fields.where ? `where: ${fields.where}\n` : ''}time: ${fields.time}
unit: ${fields.unit}
direction: ${fields.unit === 'percent' ? 'higher' : 'lower'}
review: monthly
`;

export const mttrNetYaml = (version = 1) =>
  kpi(
    'itsm.mttr-net',
    {
      title: 'Net time to resolve',
      source: 'desk-sla',
      measure: 'avg(resolution_hours)',
      time: 'resolved_at',
      unit: 'hours',
    },
    version,
  );

export const slaMetYaml = (version = 1) =>
  kpi(
    'itsm.sla-met',
    {
      title: 'SLA met',
      source: 'desk-sla',
      measure: 'share(met)',
      where: 'met is not null',
      time: 'resolved_at',
      unit: 'percent',
    },
    version,
  );

export const frtBhYaml = (version = 1) =>
  kpi(
    'itsm.frt-bh',
    {
      title: 'First response in business hours',
      source: 'tickets',
      measure: "avg(business_hours_between(opened_at, first_response_at, 'office'))",
      time: 'opened_at',
      unit: 'hours',
    },
    version,
  );

export const slaResolvedYaml = kpi('itsm.resolved', {
  title: 'Resolved tickets',
  source: 'tickets',
  measure: 'count(*)',
  time: 'resolved_at',
  unit: 'count',
});

/** The whole project, keyed by path in the repository. */
export function slaDeskProject(): Record<string, string> {
  return {
    'kpis/nyckeltal.yaml': 'kind: project\nname: SLA desk\nlanguage: en\n',
    'kpis/data/tickets.csv': slaTicketsCsv,
    'kpis/data/events.csv': slaEventsCsv,
    'kpis/calendars/office.yaml': officeYaml(),
    'kpis/sources/tickets.yaml': slaTicketsSourceYaml,
    'kpis/sources/ticket-events.yaml': eventsSourceYaml,
    'kpis/slas/desk-sla.yaml': deskSlaYaml(),
    'kpis/itsm/mttr-net.yaml': mttrNetYaml(),
    'kpis/itsm/sla-met.yaml': slaMetYaml(),
    'kpis/itsm/frt-bh.yaml': frtBhYaml(),
    'kpis/itsm/resolved.yaml': slaResolvedYaml,
  };
}
