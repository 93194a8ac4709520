import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// The worked example of docs/business-time.md as a project on CSV files: office hours
// 08:00–17:00 on weekdays in Stockholm, tickets of April 2026 in local wall-clock time.
const files: Record<string, string> = {
  'nyckeltal.yaml': 'kind: project\nname: SLA desk\n',
  'calendars/office-9.yaml':
    'kind: calendar\nid: office-9\ntime_zone: Europe/Stockholm\nhours: { mon-fri: "08:00-17:00" }\nholiday_rules: [se]\n',
  'sources/tickets.yaml': `kind: source
id: tickets
from: { file: data/tickets.csv }
time_zone: Europe/Stockholm
fields:
  id: { type: string, key: true }
  priority: string
  opened_at: timestamp
  first_response_at: timestamp
  resolved_at: timestamp
  made_sla: boolean
`,
  'sources/events.yaml': `kind: source
id: ticket_events
from: { file: data/events.csv }
time_zone: Europe/Stockholm
fields:
  ticket_id: string
  status: string
  changed_at: timestamp
`,
  'sla/incident-sla.yaml': `kind: sla
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
pauses: { events: ticket_events, ticket: ticket_id, status: status, at: changed_at, states: [Pending customer, Awaiting User Info] }
vendor_flag: made_sla
`,
  'sla/no-flag.yaml': `kind: sla
id: no-flag
source: tickets
calendar: office-9
priority: priority
start: opened_at
resolution: resolved_at
targets: { P1: { resolution: 4 } }
`,
  'data/tickets.csv': `id,priority,opened_at,first_response_at,resolved_at,made_sla
T1,P2,2026-04-20 09:00,2026-04-20 10:00,2026-04-22 12:00,true
T2,P1,2026-04-17 16:00,2026-04-17 16:30,2026-04-20 09:30,false
T3,P1,2026-04-23 09:00,2026-04-23 09:30,2026-04-23 16:00,true
T4,P1,2026-04-20 08:00,2026-04-20 10:00,2026-04-20 11:00,true
T5,P3,2026-04-20 08:00,2026-04-20 09:00,2026-04-20 10:00,true
`,
  'data/events.csv': `ticket_id,status,changed_at
T1,New,2026-04-20 09:00
T1,Pending customer,2026-04-20 11:00
T1,In progress,2026-04-21 10:00
T1,Awaiting User Info,2026-04-21 15:00
T1,In progress,2026-04-21 16:30
T1,Resolved,2026-04-22 12:00
T3,New,2026-04-23 09:00
T3,Pending customer,2026-04-23 10:00
`,
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kpi-sla-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const kpi = (...argv: string[]) => runCli([...argv, '--project', root]);

describe('kpi sla', () => {
  it('prints agree and disagree counts with an example of each disagreement', async () => {
    const { code, stdout, stderr } = await kpi('sla');
    expect(code).toBe(0);
    // T1, T3 agree; T2 met in 2.5 business hours but flagged breached; T4 responded in 2 h > 1 h
    // but flagged met; T5's priority P3 has no target.
    expect(stdout).toBe(
      [
        'SLA policy incident-sla against the vendor flag made_sla: 5 tickets',
        '  agree      2',
        '  disagree   2  1 met here but breached by the vendor, 1 the other way',
        '  undecided  1  a clock still running, a priority without target, or no vendor flag',
        '',
        'Met here, breached by the vendor:',
        '  ticket  priority  response h  target  resolution h  target',
        '  ------  --------  ----------  ------  ------------  ------',
        '  T2      P1               0.5       1           2.5       4',
        '',
        'Breached here, met by the vendor:',
        '  ticket  priority  response h  target  resolution h  target',
        '  ------  --------  ----------  ------  ------------  ------',
        '  T4      P1                 2       1             3       4',
        '',
      ].join('\n'),
    );
    expect(stderr).toContain('KPI0804');
  });

  it('gives the same report as JSON', async () => {
    const { code, stdout } = await kpi('sla', 'incident-sla', '--format', 'json', '--examples', '1');
    expect(code).toBe(0);
    const { reports, issues } = JSON.parse(stdout);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      sla: 'incident-sla',
      tickets: 5,
      agree: 2,
      disagree: 2,
      weMetVendorBreached: 1,
      weBreachedVendorMet: 1,
      undecided: 1,
    });
    expect(reports[0].examples.metButVendorBreached[0]).toMatchObject({ ticket: 'T2', resolutionHours: 2.5 });
    expect(issues.map((i: { code: string }) => i.code)).toEqual(['KPI0804']);
  });

  it('treats an unknown policy, or one without a vendor flag, as a usage error', async () => {
    const unknown = await kpi('sla', 'incident-sl');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown SLA policy "incident-sl". Did you mean incident-sla?');
    const noFlag = await kpi('sla', 'no-flag');
    expect(noFlag.code).toBe(2);
    expect(noFlag.stderr).toContain('names no vendor_flag');
  });

  it('refuses a number of examples out of range', async () => {
    const { code, stderr } = await kpi('sla', '--examples', 'many');
    expect(code).toBe(2);
    expect(stderr).toContain('kpi sla: --examples takes a whole number 0–100, not "many".');
  });
});
