import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deskProject, mttrYaml } from './diff-fixture.js';
import { createRepo, type TempRepo } from './diff-repo.js';
import { runCli } from './run-cli.js';

/** Intl's digit group separator in Swedish: a no-break space (1 202). */
const nbsp = '\u00a0';

describe('kpi diff in Swedish', () => {
  let repo: TempRepo | undefined;
  afterEach(() => {
    repo?.remove();
    repo = undefined;
  });

  /**
   * main has the desk project (diff-fixture.ts); the branch widens MTTR's filter to requests
   * without a version bump. MTTR by resolved month, incidents only → incidents and requests:
   * Jan T1 4 h, T2 8 h → 6 both ways; Feb T4 24 h → with T3's 1 h (1 + 24) / 2 = 12.5,
   * a change of 12.5 − 24 = −11.5; Mar T5 72 h, T6 10 h → 41 both ways.
   */
  function widenedFilter(): TempRepo {
    const made = createRepo(deskProject());
    made.commit('Desk KPIs');
    made.branch('feature');
    const widened = mttrYaml().replace("where: type = 'incident'", "where: type in ('incident', 'request')");
    made.write({ 'kpis/itsm/mttr.yaml': widened });
    made.commit('MTTR counts requests too');
    repo = made;
    return made;
  }

  const diff = (r: TempRepo, format: string) =>
    runCli(['diff', '--format', format, '--periods', '3', '--lang', 'sv'], { cwd: r.dir });

  it('prints values with a decimal comma and a minus sign, and the issue in Swedish, as text', async () => {
    const { code, stdout } = await diff(widenedFilter(), 'text');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    const at = lines.indexOf('itsm.mttr — Värden före och efter, senaste 3 perioderna (månad)');
    expect(lines.slice(at + 1, at + 6)).toEqual([
      '  period   före  efter  skillnad',
      '  -------  ----  -----  --------',
      '  2026-01     6      6         0',
      '  2026-02    24   12,5     −11,5',
      '  2026-03    41     41         0',
    ]);
    expect(stdout).toContain(
      'kpis/itsm/mttr.yaml:3:10  fel  KPI0700  Nyckeltalet "itsm.mttr" ändras på ett sätt som kan ändra dess siffror (where), men versionen är fortfarande 1.\n' +
        '  = tips: Sätt version: 2 i kpis/itsm/mttr.yaml, så att den som läser gamla och nya siffror kan skilja dem åt.\n',
    );
    expect(lines.at(-2)).toMatch(
      /^1 definition ändrad \(1 brytande\), 0 tillagda, 0 borttagna sedan main \([0-9a-f]{7}\); 1 fel$/,
    );
  });

  it('does the same in the markdown comment', async () => {
    const { stdout } = await diff(widenedFilter(), 'markdown');
    expect(stdout).toContain(
      '- ❌ `kpis/itsm/mttr.yaml:3` **KPI0700** Nyckeltalet "itsm.mttr" ändras på ett sätt som kan ändra dess siffror (where), men versionen är fortfarande 1. Sätt version: 2 i kpis/itsm/mttr.yaml, så att den som läser gamla och nya siffror kan skilja dem åt.\n',
    );
    expect(stdout).toContain(
      [
        '**Värden före och efter, senaste 3 perioderna (månad)**',
        '',
        '| period | före | efter | skillnad |',
        '| --- | ---: | ---: | ---: |',
        '| 2026-01 | 6 | 6 | 0 |',
        '| 2026-02 | 24 | 12,5 | −11,5 |',
        '| 2026-03 | 41 | 41 | 0 |',
      ].join('\n'),
    );
  });

  it('keeps raw numbers and the English message in JSON', async () => {
    const { stdout } = await diff(widenedFilter(), 'json');
    const report = JSON.parse(stdout) as {
      values: { rows: { period: string; before: number; after: number }[] }[];
      issues: { code: string; message: string }[];
    };
    expect(report.values[0]?.rows).toEqual([
      { period: '2026-01', before: 6, after: 6 },
      { period: '2026-02', before: 24, after: 12.5 },
      { period: '2026-03', before: 41, after: 41 },
    ]);
    expect(report.issues[0]?.message).toBe(
      'KPI "itsm.mttr" changes in a way that can change its numbers (where), but its version is still 1.',
    );
  });
});

describe('kpi sla counts', () => {
  // One P1 target of 4 business hours (weekdays 08:00–17:00). 2026-04-20 is a Monday.
  // A1 resolves in 2 h (met, flag true: agree); B1 in 6.5 h (breached, but flagged met);
  // 1,200 P3 tickets have no target: undecided. 1 + 1 + 1,200 = 1,202 tickets.
  const p3 = Array.from({ length: 1200 }, (_, i) => `C${i},P3,2026-04-20 08:00,2026-04-20 09:00,true`);
  const files: Record<string, string> = {
    'nyckeltal.yaml': 'kind: project\nname: Big desk\n',
    'calendars/office.yaml':
      'kind: calendar\nid: office\ntime_zone: Europe/Stockholm\nhours: { mon-fri: "08:00-17:00" }\n',
    'sources/tickets.yaml': `kind: source
id: tickets
from: { file: data/tickets.csv }
time_zone: Europe/Stockholm
fields:
  id: { type: string, key: true }
  priority: string
  opened_at: timestamp
  resolved_at: timestamp
  made_sla: boolean
`,
    'sla/desk.yaml': `kind: sla
id: desk
source: tickets
calendar: office
priority: priority
start: opened_at
resolution: resolved_at
targets: { P1: { resolution: 4 } }
vendor_flag: made_sla
`,
    'data/tickets.csv': [
      'id,priority,opened_at,resolved_at,made_sla',
      'A1,P1,2026-04-20 08:00,2026-04-20 10:00,true',
      'B1,P1,2026-04-20 08:00,2026-04-20 14:30,true',
      ...p3,
      '',
    ].join('\n'),
  };
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'kpi-sla-count-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('groups the digits of counts and writes hours with the language’s decimal mark', async () => {
    const en = await runCli(['sla', '--project', root]);
    expect(en.code).toBe(0);
    expect(en.stdout.split('\n').slice(0, 4)).toEqual([
      'SLA policy desk against the vendor flag made_sla: 1,202 tickets',
      '  agree          1',
      '  disagree       1  0 met here but breached by the vendor, 1 the other way',
      '  undecided  1,200  a clock still running, a priority without target, or no vendor flag',
    ]);
    // B1: Monday 08:00 → 14:30 inside office hours = 6.5 business hours, target 4.
    expect(en.stdout).toMatch(/\n {2}B1\s+P1\s+–\s+–\s+6\.5\s+4\n/);
    const sv = await runCli(['sla', '--project', root, '--lang', 'sv']);
    expect(sv.stdout.split('\n').slice(0, 4)).toEqual([
      `SLA-policy desk mot leverantörens flagga made_sla: 1${nbsp}202 ärenden`,
      '  överens        1',
      '  oense          1  0 uppfyllda här men brutna enligt leverantören, 1 tvärtom',
      `  oavgjorda  1${nbsp}200  klockan går ännu, prioritet utan mål, eller flaggan saknas`,
    ]);
    expect(sv.stdout).toMatch(/\n {2}B1\s+P1\s+–\s+–\s+6,5\s+4\n/);
  });

  it('keeps the counts as plain numbers in JSON', async () => {
    const { stdout } = await runCli(['sla', '--project', root, '--format', 'json', '--lang', 'sv']);
    expect(JSON.parse(stdout).reports[0]).toMatchObject({
      tickets: 1202,
      agree: 1,
      disagree: 1,
      undecided: 1200,
    });
  });
});

describe('the top-level usage line', () => {
  it('reads kpi <kommando> [flaggor] in Swedish and kpi <command> [options] in English', async () => {
    const sv = await runCli(['--help', '--lang', 'sv']);
    expect(sv.stdout.split('\n')).toContain('Användning: kpi <kommando> [flaggor]');
    const en = await runCli(['--help']);
    expect(en.stdout.split('\n')).toContain('Usage: kpi <command> [options]');
    const bare = await runCli(['--lang', 'sv']);
    expect(bare.code).toBe(2);
    expect(bare.stderr.split('\n')).toContain('Användning: kpi <kommando> [flaggor]');
  });
});
