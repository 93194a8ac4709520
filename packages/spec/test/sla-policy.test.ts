import { describe, expect, it } from 'vitest';
import type { ProjectFile } from '../src/load/load-files.js';
import { validateProject } from '../src/validate-project.js';
import { kpiYaml, projectFiles } from './project-fixture.js';

const TICKETS = `kind: source
id: tickets
from: { file: data/tickets.csv }
time_zone: Europe/Stockholm
fields:
  id: { type: string, key: true }
  type: { type: string, values: [incident, request] }
  priority: { type: string, values: [P1, P2, P3] }
  opened_at: timestamp
  first_response_at: timestamp
  resolved_at: timestamp
  first_contact: boolean
  reopen_count: integer
  made_sla: boolean
`;

const EVENTS = `kind: source
id: ticket_events
from: { file: data/events.csv }
time_zone: Europe/Stockholm
fields:
  ticket_id: string
  status: { type: string, values: [New, In progress, Awaiting User Info, Resolved] }
  changed_at: timestamp
`;

/** A valid SLA policy; `extra` lines replace settings of the same name ('' removes one). */
function slaYaml(extra: Record<string, string> = {}): string {
  const settings: Record<string, string> = {
    kind: 'sla',
    id: 'incident-sla',
    title: '{ en: Incident SLA, sv: SLA för incidenter }',
    source: 'tickets',
    calendar: 'office',
    priority: 'priority',
    start: 'opened_at',
    response: 'first_response_at',
    resolution: 'resolved_at',
    targets: '{ P1: { response: 0.5, resolution: 4 }, P2: { resolution: 8 } }',
    pauses:
      '{ events: ticket_events, ticket: ticket_id, status: status, at: changed_at, states: [Awaiting User Info] }',
    vendor_flag: 'made_sla',
    ...extra,
  };
  return Object.entries(settings)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
}

/** The fixture project with these sources; a file in `extra` replaces one of the same path. */
function project(extra: ProjectFile[] = []) {
  const ours = [
    { path: 'sources/tickets.yaml', text: TICKETS },
    { path: 'sources/events.yaml', text: EVENTS },
  ].filter((f) => !extra.some((e) => e.path === f.path));
  return validateProject({ root: '/p', files: projectFiles([...ours, ...extra]) });
}

/** Codes and lines of the issues a policy (and any extra files) raise. */
function issuesOf(sla: string, extra: ProjectFile[] = []) {
  return project([{ path: 'sla/incident.yaml', text: sla }, ...extra]).issues.map((i) => ({
    code: i.code,
    line: i.line,
    message: i.message,
    hint: i.hint,
  }));
}

describe('SLA policies', () => {
  it('normalizes a policy with pauses and a vendor flag, taking the key from the source', () => {
    const { model, issues } = project([{ path: 'sla/incident.yaml', text: slaYaml() }]);
    expect(issues).toEqual([]);
    expect(model?.slas?.get('incident-sla')).toMatchObject({
      id: 'incident-sla',
      title: { en: 'Incident SLA', sv: 'SLA för incidenter' },
      source: 'tickets',
      calendar: 'office',
      key: 'id',
      priority: 'priority',
      start: 'opened_at',
      response: 'first_response_at',
      resolution: 'resolved_at',
      targets: { P1: { response: 0.5, resolution: 4 }, P2: { resolution: 8 } },
      pauses: {
        events: 'ticket_events',
        ticket: 'ticket_id',
        status: 'status',
        at: 'changed_at',
        states: ['Awaiting User Info'],
      },
      vendorFlag: 'made_sla',
      origin: { file: 'sla/incident.yaml', line: 1, column: 1 },
    });
  });

  it('is also a source: the tickets fields, read back by name, then the clock fields', () => {
    const { model } = project([{ path: 'sla/incident.yaml', text: slaYaml() }]);
    const source = model?.sources.get('incident-sla');
    expect(source?.derived).toEqual({ kind: 'sla', sla: 'incident-sla' });
    expect(source?.from).toEqual({ kind: 'sql', sql: 'select * from "sla_incident_sla"' });
    expect(source?.timeZone).toBe('Europe/Stockholm');
    expect([...(source?.fields.keys() ?? [])]).toEqual([
      'id',
      'type',
      'priority',
      'opened_at',
      'first_response_at',
      'resolved_at',
      'first_contact',
      'reopen_count',
      'made_sla',
      'response_hours',
      'resolution_hours',
      'paused_hours',
      'response_target',
      'resolution_target',
      'response_met',
      'resolution_met',
      'met',
    ]);
    expect(source?.fields.get('id')).toMatchObject({ key: true, column: 'id', type: 'string' });
    expect(source?.fields.get('met')).toMatchObject({ type: 'boolean', key: false });
  });

  it('lets a KPI read the policy as its source, with the clock fields in its measure', () => {
    const kpi = kpiYaml('itsm.sla', {
      source: 'incident-sla',
      measure: 'share(met)',
      where: "type = 'incident' and met is not null",
      unit: 'percent',
      direction: 'higher',
      targets: '[{ value: 90, from: 2026-01-01, until: 2026-12-31 }]',
      thresholds: '{ green: 90, amber: 80 }',
    });
    const mttr = kpiYaml('itsm.net-mttr', { source: 'incident-sla', measure: 'avg(resolution_hours)' });
    const { model, issues } = project([
      { path: 'sla/incident.yaml', text: slaYaml() },
      { path: 'itsm/sla.yaml', text: kpi },
      { path: 'itsm/net.yaml', text: mttr },
    ]);
    expect(issues).toEqual([]);
    expect(model?.kpis.get('itsm.sla')?.measure.fields).toEqual(['met']);
    expect(model?.kpis.get('itsm.net-mttr')?.measure.type).toBe('number');
  });

  it('reports an unknown field of the policy in a KPI measure', () => {
    const kpi = kpiYaml('itsm.net-mttr', { source: 'incident-sla', measure: 'avg(resolution_hour)' });
    const issues = issuesOf(slaYaml(), [{ path: 'itsm/net.yaml', text: kpi }]);
    expect(issues.map((i) => i.code)).toContain('KPI0201');
  });

  it('reports an unknown calendar and source with suggestions, at their lines', () => {
    // line 4 is "source: …", line 5 "calendar: …"
    const issues = issuesOf(slaYaml({ source: 'tickts', calendar: 'ofice' }));
    expect(issues.slice(0, 2)).toEqual([
      {
        code: 'KPI0805',
        line: 4,
        message: 'SLA policy "incident-sla" reads tickets from source "tickts", but no source has that id.',
        hint: 'Did you mean "tickets"? Sources are defined in files with "kind: source"; known sources: ticket_events, tickets.',
      },
      {
        code: 'KPI0801',
        line: 5,
        message:
          'SLA policy "incident-sla" uses calendar "ofice", which does not exist. Did you mean "office"?',
        hint: expect.any(String),
      },
    ]);
  });

  it('reports unknown fields and fields of the wrong type', () => {
    const issues = issuesOf(
      slaYaml({ start: 'opened', resolution: 'priority', vendor_flag: 'reopen_count' }),
    );
    expect(issues.map((i) => `${i.code}:${i.line}`)).toEqual(['KPI0803:7', 'KPI0806:9', 'KPI0806:12']);
    expect(issues[0]?.message).toBe(
      'SLA policy "incident-sla" names field "opened" as its start, but source "tickets" has no such field. Did you mean "opened_at"?',
    );
    expect(issues[1]?.message).toBe(
      'SLA policy "incident-sla" uses field "priority" of source "tickets" as its resolution time, but that field is a string, not a timestamp.',
    );
    expect(issues[2]?.message).toContain('as its vendor flag, but that field is a integer, not a boolean');
  });

  it('reports targets that are not hours above 0, and a response target without a response field', () => {
    const issues = issuesOf(
      slaYaml({ response: '', targets: '{ P1: { response: 1, resolution: 0 }, P2: { resolution: -2 } }' }),
    );
    // all on line 10 (targets), by column: P1's response, P1's resolution, P2's resolution
    expect(issues.map((i) => i.code)).toEqual(['KPI0810', 'KPI0802', 'KPI0802']);
    expect(issues[1]?.message).toBe(
      'SLA policy "incident-sla" gives priority "P1" a resolution target of 0, which is not a number of hours above 0.',
    );
  });

  it('warns about priorities and pause states the fields do not allow', () => {
    const issues = issuesOf(
      slaYaml({
        targets: '{ P1: { resolution: 4 }, p2: { resolution: 8 } }',
        pauses:
          '{ events: ticket_events, ticket: ticket_id, status: status, at: changed_at, states: [Awaiting user info] }',
      }),
    );
    expect(issues.map((i) => i.code)).toEqual(['KPI0808', 'KPI0808']);
    expect(issues[0]?.message).toBe(
      'SLA policy "incident-sla" lists "p2" under targets, but field "priority" of source "tickets" allows only: P1, P2, P3.',
    );
    expect(issues[1]?.message).toContain('lists "Awaiting user info" under pauses: states');
  });

  it('checks the pause source and its fields', () => {
    const unknown = issuesOf(
      slaYaml({
        pauses: '{ events: events, ticket: ticket_id, status: status, at: changed_at, states: [X] }',
      }),
    );
    expect(unknown.map((i) => i.code)).toEqual(['KPI0805']);
    expect(unknown[0]?.message).toContain('reads pauses from source "events"');
    const fields = issuesOf(
      slaYaml({
        pauses: '{ events: ticket_events, ticket: ticket, status: status, at: status, states: [New] }',
      }),
    );
    expect(fields.map((i) => i.code)).toEqual(['KPI0803', 'KPI0806']);
  });

  it('needs a way to tell tickets apart when the source marks no key', () => {
    const keyless = TICKETS.replace('id: { type: string, key: true }', 'id: string');
    const issues = issuesOf(slaYaml(), [{ path: 'sources/tickets.yaml', text: keyless }]);
    expect(issues.map((i) => i.code)).toEqual(['KPI0809']);
    expect(issuesOf(slaYaml({ key: 'id' }), [{ path: 'sources/tickets.yaml', text: keyless }])).toEqual([]);
  });

  it('refuses an id shared with a source, and a source field named like a clock', () => {
    expect(issuesOf(slaYaml({ id: 'ticket_events' })).map((i) => i.code)).toEqual(['KPI0807']);
    const clash = TICKETS.replace('  made_sla: boolean\n', '  made_sla: boolean\n  met: boolean\n');
    const issues = issuesOf(slaYaml(), [{ path: 'sources/tickets.yaml', text: clash }]);
    expect(issues.map((i) => i.code)).toEqual(['KPI0811']);
  });

  it('reads which tickets the policy covers, type-checked against the tickets source', () => {
    const { model, issues } = project([
      { path: 'sla/incident.yaml', text: slaYaml({ where: "type = 'incident'" }) },
    ]);
    expect(issues).toEqual([]);
    expect(model?.slas?.get('incident-sla')?.where).toMatchObject({
      text: "type = 'incident'",
      type: 'boolean',
    });
    // the twelve settings of slaYaml come first, so line 13 is `where: typ = 'incident'`
    const unknown = issuesOf(slaYaml({ where: "typ = 'incident'" }));
    expect(unknown).toMatchObject([{ code: 'KPI0201', line: 13 }]);
    expect(issuesOf(slaYaml({ where: 'reopen_count' })).map((i) => i.code)).toHaveLength(1);
  });

  it('reports a misspelt target setting through the schema', () => {
    const issues = issuesOf(slaYaml({ targets: '{ P1: { respons: 1 } }' }));
    expect(issues[0]?.code).toBe('KPI0101');
  });
});

describe('before-holiday hours', () => {
  const calendar = (line: string) => ({
    path: 'calendars/office.yaml',
    text: `kind: calendar\nid: office\ntime_zone: Europe/Stockholm\nhours: { mon-fri: "08:00-17:00" }\nholiday_rules: [se]\n${line}\n`,
  });

  it('reads before_holiday into the calendar model', () => {
    const { model, issues } = project([calendar('before_holiday: "08:00-13:00"')]);
    expect(issues).toEqual([]);
    // 08:00 = 8 × 60 = 480 minutes, 13:00 = 780
    expect(model?.calendars.get('office')?.beforeHolidayHours).toEqual([{ start: 480, end: 780 }]);
  });

  it('reports before_holiday hours that do not read', () => {
    const { issues } = project([calendar('before_holiday: "13:00-08:00"')]);
    expect(issues).toMatchObject([
      {
        code: 'KPI0316',
        line: 6,
        message:
          'The hours "13:00-08:00" for the day before a holiday in calendar "office" are not valid: 13:00 is not before 08:00.',
      },
    ]);
  });
});
