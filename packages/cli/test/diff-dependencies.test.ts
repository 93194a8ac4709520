import type { ProjectModel } from '@nyckeltal/spec';
import { describe, expect, it } from 'vitest';
import { diffProjects } from '../src/diff/diff-projects.js';
import { flattenCalendar } from '../src/diff/flatten-definition.js';
import { flattenSla } from '../src/diff/flatten-sla.js';
import { kpiDependencies } from '../src/diff/kpi-dependencies.js';
import { readSide } from '../src/diff/read-side.js';
import { deskSlaYaml, officeYaml, slaDeskProject, slaTicketsSourceYaml } from './diff-sla-fixture.js';

/** The SLA desk project with some files replaced, read and normalized as the diff reads a side. */
function project(change: Record<string, string> = {}): ProjectModel {
  const files = Object.entries({ ...slaDeskProject(), ...change })
    .filter(([path]) => path.endsWith('.yaml'))
    .map(([path, text]) => ({ path: path.replace(/^kpis\//, ''), text }));
  const side = readSide({ root: '/repo/kpis', files });
  if (!side.model || !side.valid) throw new Error(JSON.stringify(side.issues, null, 2));
  return side.model;
}

const kpi = (model: ProjectModel, id: string) => {
  const found = model.kpis.get(id);
  if (!found) throw new Error(`no KPI ${id}`);
  return found;
};

describe('flattenCalendar', () => {
  it('gives each weekday, holiday, special day and the before-holiday hours a key of its own', () => {
    const calendar = project({
      'kpis/calendars/office.yaml': `${officeYaml()}special_days: { 2026-12-23: "09:00-12:00" }\nbefore_holiday: "08:00-13:00"\n`,
    }).calendars.get('office');
    if (!calendar) throw new Error('no calendar');
    const flat = flattenCalendar(calendar);
    expect([...flat.keys()]).toEqual([
      'title.en',
      'title.sv',
      'time_zone',
      'hours.mon',
      'hours.tue',
      'hours.wed',
      'hours.thu',
      'hours.fri',
      'holidays.2026-01-01',
      'special_days.2026-12-23',
      'before_holiday',
    ]);
    expect(flat.get('before_holiday')).toEqual({ text: '08:00-13:00', breaking: true });
    expect(flat.get('title.en')?.breaking).toBe(false);
  });

  it('compares hours: and one undated schedules: entry as the same, and dated schedules by index', () => {
    const hours = project().calendars.get('office');
    const one = project({
      'kpis/calendars/office.yaml': officeYaml().replace(
        'hours: { mon-fri: "08:00-17:00" }',
        'schedules:\n  - hours: { mon-fri: "08:00-17:00" }',
      ),
    }).calendars.get('office');
    if (!hours || !one) throw new Error('no calendar');
    expect([...flattenCalendar(one)]).toEqual([...flattenCalendar(hours)]);

    const dated = project({
      'kpis/calendars/office.yaml': officeYaml().replace(
        'hours: { mon-fri: "08:00-17:00" }',
        'schedules:\n  - { until: 2026-05-31, hours: { mon-fri: "08:00-17:00" } }\n  - { from: 2026-06-01, hours: { mon-fri: "08:00-16:00" } }',
      ),
    }).calendars.get('office');
    if (!dated) throw new Error('no calendar');
    const flat = flattenCalendar(dated);
    expect(flat.get('schedules[0].until')?.text).toBe('2026-05-31');
    expect(flat.get('schedules[1].from')?.text).toBe('2026-06-01');
    expect(flat.get('schedules[1].mon')?.text).toBe('08:00-16:00');
    expect(flat.has('hours.mon')).toBe(false);
  });
});

describe('flattenSla', () => {
  it('marks everything that moves the clocks or verdicts breaking, and the title and vendor flag not', () => {
    const sla = project({ 'kpis/slas/desk-sla.yaml': deskSlaYaml({ vendorFlag: 'made_sla' }) }).slas?.get(
      'desk-sla',
    );
    if (!sla) throw new Error('no policy');
    const breaking = [...flattenSla(sla)].filter(([, v]) => v.breaking).map(([k]) => k);
    const not = [...flattenSla(sla)].filter(([, v]) => !v.breaking).map(([k]) => k);
    expect(breaking).toEqual([
      'source',
      'where',
      'calendar',
      'key',
      'priority',
      'start',
      'response',
      'resolution',
      'targets.P1',
      'targets.P2',
      'pauses.events',
      'pauses.ticket',
      'pauses.status',
      'pauses.at',
      'pauses.states',
    ]);
    expect(not).toEqual(['title.en', 'vendor_flag']);
    expect(flattenSla(sla).get('where')?.text).toBe("type = 'incident'");
  });
});

describe('kpiDependencies', () => {
  it("follows a policy KPI into the policy, its tickets' and events' fields and the policy's calendar", () => {
    const model = project();
    const keys = [...kpiDependencies(kpi(model, 'itsm.mttr-net'), model).keys()];
    expect(keys).toContain('sla.desk-sla.pauses.states');
    expect(keys).toContain('sla.desk-sla.tickets.from');
    // resolved_at is read by the KPI (time) and the policy (resolution); type by the policy's where.
    expect(keys).toContain('sla.desk-sla.tickets.fields.resolved_at.column');
    expect(keys).toContain('sla.desk-sla.tickets.fields.type.column');
    expect(keys).toContain('sla.desk-sla.events.fields.changed_at.column');
    expect(keys).toContain('calendar.office.holidays.2026-01-01');
    // avg(resolution_hours) reads no verdict: targets and the priority field cannot move it.
    expect(keys.filter((k) => /targets|\.priority$/.test(k))).toEqual([]);
    // made_sla is read by neither the KPI nor the policy's clocks.
    expect(keys.some((k) => k.includes('made_sla'))).toBe(false);
  });

  it('counts targets for a KPI that reads the verdict', () => {
    const model = project();
    const deps = kpiDependencies(kpi(model, 'itsm.sla-met'), model);
    expect(deps.get('sla.desk-sla.targets.P1')).toEqual({
      text: 'response 1 h, resolution 4 h',
      breaking: true,
    });
    expect(deps.get('sla.desk-sla.priority')?.text).toBe('priority');
  });

  it('leaves a plain-source KPI without business time out of calendar and policy changes', () => {
    const model = project();
    const keys = [...kpiDependencies(kpi(model, 'itsm.resolved'), model).keys()];
    expect(keys.filter((k) => !k.startsWith('source.'))).toEqual([]);
  });
});

describe('diffProjects with SLA policies', () => {
  it("breaks the policy's KPIs when a tickets column it reads is re-mapped, and lists no derived source", () => {
    const base = project();
    const head = project({
      'kpis/sources/tickets.yaml': slaTicketsSourceYaml.replace(
        '  opened_at: timestamp',
        '  opened_at: { type: timestamp, column: created_at }',
      ),
    });
    const changes = diffProjects(base, head);
    // opened_at starts the policy's clocks and is the time field of itsm.frt-bh; itsm.resolved
    // reads resolved_at only.
    expect(changes.map((c) => [c.kind, c.id, c.breaking])).toEqual([
      ['kpi', 'itsm.frt-bh', true],
      ['kpi', 'itsm.mttr-net', true],
      ['kpi', 'itsm.sla-met', true],
      ['source', 'tickets', true],
    ]);
    expect(changes[1]?.fields.map((f) => f.field)).toEqual(['sla.desk-sla.tickets.fields.opened_at.column']);
  });
});
