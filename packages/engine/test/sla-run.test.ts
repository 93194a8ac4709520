import { type ProjectModel, validateProject } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcileSla } from '../src/calendar/reconcile-sla.js';
import { EngineSession } from '../src/engine-session.js';
import { runKpis } from '../src/run-kpis.js';

// The worked example of docs/business-time.md, as a project: office hours 08:00–17:00 on
// weekdays in Stockholm, April 2026 (CEST, +02:00), five tickets and a status history.
const at = (day: string, time: string) => `timestamptz '2026-04-${day} ${time}:00+02'`;
const files = [
  { path: 'nyckeltal.yaml', text: 'kind: project\nname: SLA test\n' },
  {
    path: 'calendars/office-9.yaml',
    text: 'kind: calendar\nid: office-9\ntime_zone: Europe/Stockholm\nhours: { mon-fri: "08:00-17:00" }\nholiday_rules: [se]\n',
  },
  {
    path: 'sources/tickets.yaml',
    text: `kind: source
id: tickets
time_zone: Europe/Stockholm
from:
  sql: >
    select * from (values
      ('T1', 'P2', ${at('20', '09:00')}, ${at('20', '10:00')}, ${at('22', '12:00')}, true),
      ('T2', 'P1', ${at('17', '16:00')}, ${at('17', '16:30')}, ${at('20', '09:30')}, false),
      ('T3', 'P1', ${at('23', '09:00')}, ${at('23', '09:30')}, ${at('23', '16:00')}, true),
      ('T4', 'P1', ${at('20', '08:00')}, ${at('20', '10:00')}, ${at('20', '11:00')}, true),
      ('T5', 'P3', ${at('20', '08:00')}, ${at('20', '09:00')}, ${at('20', '10:00')}, true)
    ) t(id, priority, opened_at, first_response_at, resolved_at, made_sla)
fields:
  id: { type: string, key: true }
  priority: string
  opened_at: timestamp
  first_response_at: timestamp
  resolved_at: timestamp
  made_sla: boolean
`,
  },
  {
    path: 'sources/ticket-events.yaml',
    text: `kind: source
id: ticket_events
time_zone: Europe/Stockholm
from:
  sql: >
    select * from (values
      ('T1', 'New', ${at('20', '09:00')}), ('T1', 'Pending customer', ${at('20', '11:00')}),
      ('T1', 'In progress', ${at('21', '10:00')}), ('T1', 'Awaiting User Info', ${at('21', '15:00')}),
      ('T1', 'In progress', ${at('21', '16:30')}), ('T1', 'Resolved', ${at('22', '12:00')}),
      ('T3', 'New', ${at('23', '09:00')}), ('T3', 'Pending customer', ${at('23', '10:00')})
    ) t(ticket_id, status, changed_at)
fields:
  ticket_id: string
  status: string
  changed_at: timestamp
`,
  },
  {
    path: 'sla/incident-sla.yaml',
    text: `kind: sla
id: incident-sla
source: tickets
calendar: office-9
priority: priority
start: opened_at
response: first_response_at
resolution: resolved_at
targets:
  P1: { response: 1, resolution: 4 }
  P2: { response: 2, resolution: 12 }
pauses:
  events: ticket_events
  ticket: ticket_id
  status: status
  at: changed_at
  states: [Pending customer, Awaiting User Info]
vendor_flag: made_sla
`,
  },
  {
    path: 'sla/quick-p1.yaml',
    text: `kind: sla
id: quick-p1
source: tickets
where: "priority = 'P1' and business_hours_between(opened_at, resolved_at, 'office-9') < 5"
calendar: office-9
priority: priority
start: opened_at
response: first_response_at
resolution: resolved_at
targets: { P1: { response: 1, resolution: 4 } }
`,
  },
  kpi('sla.met', 'share(met)', 'percent', 'met is not null'),
  kpi('sla.quick-p1', 'share(met)', 'percent', undefined, 'quick-p1'),
  kpi('sla.net-resolution', 'avg(resolution_hours)', 'hours'),
  kpi('sla.gross-resolution', "avg(business_hours_between(opened_at, resolved_at, 'office-9'))", 'hours'),
  kpi('sla.paused', 'sum(paused_hours)', 'hours'),
];

function kpi(id: string, measure: string, unit: string, where?: string, source = 'incident-sla') {
  const lines = [
    'kind: kpi',
    `id: ${id}`,
    'version: 1',
    `title: ${id}`,
    'category: itsm',
    `source: ${source}`,
    `measure: "${measure.replaceAll('"', '\\"')}"`,
    ...(where ? [`where: ${where}`] : []),
    'time: resolved_at',
    `unit: ${unit}`,
    'direction: lower',
  ];
  return { path: `kpis/${id}.yaml`, text: `${lines.join('\n')}\n` };
}

let session: EngineSession;
let project: ProjectModel;
beforeAll(async () => {
  const result = validateProject({ root: '/nowhere', files });
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  project = result.model!;
  session = await EngineSession.open();
});
afterAll(() => session.close());

describe('an SLA policy as a source of KPIs', () => {
  it('computes compliance, net and gross business hours and paused time per period', async () => {
    const snapshot = await runKpis(
      session,
      project,
      ['sla.met', 'sla.net-resolution', 'sla.gross-resolution', 'sla.paused'],
      { history: 1 },
    );
    expect(snapshot.period.key).toBe('2026-04');
    const value = (id: string) => snapshot.kpis.find((k) => k.id === id)?.value;
    // T1, T2, T3 met, T4 breached its 1 h response (2 h); T5's P3 has no target → 3 of 4 = 75 %
    expect(value('sla.met')).toBeCloseTo(75, 9);
    // net of pauses: T1 21 − 9.5 = 11.5, T2 2.5, T3 7 − 6 = 1, T4 3, T5 2 → 20 / 5 = 4
    expect(value('sla.net-resolution')).toBeCloseTo(4, 9);
    // business hours without pauses: 21 + 2.5 + 7 + 3 + 2 = 35.5 → 35.5 / 5 = 7.1
    expect(value('sla.gross-resolution')).toBeCloseTo(7.1, 9);
    // T1 9.5 h + T3 6 h = 15.5 h paused
    expect(value('sla.paused')).toBeCloseTo(15.5, 9);
    expect(snapshot.kpis.find((k) => k.id === 'sla.met')).toMatchObject({ numerator: 3, denominator: 4 });
  });

  it('warns about tickets whose priority has no target', async () => {
    const snapshot = await runKpis(session, project, ['sla.met'], { history: 1 });
    expect(snapshot.issues).toEqual([
      {
        code: 'KPI0804',
        severity: 'warning',
        message:
          '1 tickets of source "tickets" have a priority with no target in SLA policy "incident-sla" (e.g. "P3"); they are neither met nor breached.',
        source: 'incident-sla',
        count: 1,
        examples: [],
      },
    ]);
  });
});

describe('a policy that covers some tickets only', () => {
  it('keeps only the tickets its where selects, business time included', async () => {
    const snapshot = await runKpis(session, project, ['sla.quick-p1'], { history: 1 });
    // P1 tickets with under 5 business hours to resolution: T2 (2.5 h) and T4 (3 h); T3 (7 h) is out.
    // T2 met both targets, T4 missed its 1 h response → 1 of 2 = 50 %
    expect(snapshot.kpis[0]).toMatchObject({ value: 50, numerator: 1, denominator: 2, sample: 2 });
    expect(snapshot.issues).toEqual([]);
  });
});

describe('reconciling with the vendor flag', () => {
  it('counts agreements and each kind of disagreement, with examples', async () => {
    const { report, issues } = await reconcileSla(session, project, 'incident-sla');
    expect(issues.map((i) => i.code)).toEqual(['KPI0804']);
    expect(report).toEqual({
      sla: 'incident-sla',
      vendorFlag: 'made_sla',
      tickets: 5,
      // T1 and T3: met, and the vendor says met
      agree: 2,
      disagree: 2,
      undecided: 1,
      weMetVendorBreached: 1,
      weBreachedVendorMet: 1,
      examples: {
        // T2: 0.5 h ≤ 1 and 2.5 h ≤ 4 in business hours; the vendor counted 65.5 calendar hours
        metButVendorBreached: [
          {
            ticket: 'T2',
            priority: 'P1',
            responseHours: 0.5,
            responseTarget: 1,
            resolutionHours: 2.5,
            resolutionTarget: 4,
          },
        ],
        breachedButVendorMet: [
          {
            ticket: 'T4',
            priority: 'P1',
            responseHours: 2,
            responseTarget: 1,
            resolutionHours: 3,
            resolutionTarget: 4,
          },
        ],
      },
    });
  });
});
