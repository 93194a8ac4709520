import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// fixtures/projects/engine-desk: three KPIs over data/desk.csv, the engine's hand-worked
// ticket table (see packages/engine/test/run-scorecard.test.ts for every number).
const project = join(import.meta.dirname, 'fixtures', 'projects', 'engine-desk');
const kpi = (...argv: string[]) => runCli([...argv, '--project', project]);

let tmp: string | undefined;
afterEach(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

describe('kpi compile', () => {
  it('prints readable SQL with a comment naming the KPI and the bound values listed apart', async () => {
    const { code, stdout } = await kpi('compile', 'itsm.mttr', '--grain', 'week');
    expect(code).toBe(0);
    expect(stdout).toContain('-- itsm.mttr at grain week');
    expect(stdout).toContain('-- itsm.mttr: Mean time to resolve');
    expect(stdout).toContain("date_trunc('week'");
    expect(stdout).toMatch(/--\s+\$\d+ = 'incident'/);
    const sql = stdout
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('--'))
      .join('\n');
    expect(sql).not.toContain("'incident'");
  });

  it('treats an unknown KPI as a usage error with a suggestion', async () => {
    const { code, stderr } = await kpi('compile', 'itsm.mtr');
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown KPI "itsm.mtr". Did you mean itsm.mttr?');
  });
});

describe('kpi explain', () => {
  it('shows the definition, source, plan, SQL and parameters in order', async () => {
    const { code, stdout } = await kpi('explain', 'itsm.fcr');
    expect(code).toBe(0);
    const headings = [
      '1. Definition (normalized)',
      '2. Source "desk"',
      '3. Plan (grain month)',
      '4. SQL',
      '5. Parameters',
    ];
    const at = headings.map((h) => stdout.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(stdout).toContain('"measure": "share(first_contact)"');
  });

  it('gives the same stages as JSON', async () => {
    const { stdout } = await kpi('explain', 'itsm.mttr', '--format', 'json');
    const stages = JSON.parse(stdout);
    expect(Object.keys(stages)).toEqual(['definition', 'source', 'plan', 'sql', 'parameters']);
    expect(stages.plan.outputs[0]).toMatchObject({ kpi: 'itsm.mttr', timeField: 'resolved_at' });
    expect(stages.parameters).toContain('incident');
  });
});

describe('kpi run', () => {
  it('prints a table with a status symbol and word per KPI, and the data warnings', async () => {
    const { code, stdout } = await kpi('run', '--scorecard', 'service-desk');
    expect(code).toBe(0);
    expect(stdout).toContain('Service desk  month 2026-11 (2026-11-01 – 2026-12-01)');
    // Nov: MTTR (4 + 2) / 2 = 3 h, Oct 15.5 h → −12.5 h; FCR 2 / 2 = 100 %; CSAT (5 + 4) / 2 = 4.5.
    expect(stdout).toMatch(/✓ green\s+itsm\.mttr\s+3\.0 h\s+8\.0 h\s+15\.5 h \(2026-10\)\s+−12\.5 h\s+2/);
    expect(stdout).toMatch(/✓ green\s+itsm\.fcr\s+100\.0 %/);
    expect(stdout).toContain('warning  KPI0502');
  });

  it('shows the change of a percent KPI in percentage points, in both languages', async () => {
    // FCR: Oct 1 of 5 resolved tickets at first contact = 20 %, Nov 2 of 2 = 100 % → +80 points.
    const en = await kpi('run', '--scorecard', 'service-desk');
    expect(en.stdout).toMatch(/itsm\.fcr\s+100\.0 %\s+70\.0 %\s+20\.0 % \(2026-10\)\s+\+80\.0 pp\s/);
    const sv = await kpi('run', '--scorecard', 'service-desk', '--lang', 'sv');
    expect(sv.stdout).toMatch(/itsm\.fcr\s+100,0 %\s+70,0 %\s+20,0 % \(2026-10\)\s+\+80,0 p\.e\.\s/);
  });

  it('prints a snapshot as JSON', async () => {
    const { code, stdout } = await kpi(
      'run',
      'itsm.mttr',
      '--period',
      '2026-10',
      '--history',
      '2',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const snapshot = JSON.parse(stdout);
    expect(snapshot).toMatchObject({
      schema: 'nyckeltal.snapshot/v1',
      grain: 'month',
      period: { key: '2026-10' },
    });
    // Oct: (28 + 3) / 2 = 15.5 h → red; Sep is empty.
    expect(snapshot.kpis[0]).toMatchObject({ id: 'itsm.mttr', value: 15.5, status: 'red' });
    expect(
      snapshot.kpis[0].series.map((p: { period: string; value: number | null }) => [p.period, p.value]),
    ).toEqual([
      ['2026-09', null],
      ['2026-10', 15.5],
    ]);
  });

  it('prints CSV with plain numbers, recomputing a quarter’s share from rows', async () => {
    const { stdout } = await kpi('run', 'itsm.fcr', '--grain', 'quarter', '--format', 'csv');
    // Q4: 3 first-contact of 7 = 42.857… % (12 significant digits); Q3: 1 of 2 = 50 %.
    expect(stdout).toBe(
      'kpi,title,period,value,unit,numerator,denominator,sample,status,target,previous_period,previous_value,delta,improved\n' +
        'itsm.fcr,First contact resolution,2026-Q4,42.8571428571,percent,3,7,7,red,70,2026-Q3,50,-7.1428571429,false\n',
    );
  });

  it('refuses a run without KPIs, with both KPIs and a scorecard, a bad period or a bad history', async () => {
    const none = await kpi('run');
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('Name the KPIs to compute')]);
    const both = await kpi('run', 'itsm.fcr', '--scorecard', 'service-desk');
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining('not both')]);
    const period = await kpi('run', 'itsm.fcr', '--period', '2026-W43');
    expect([period.code, period.stderr]).toEqual([
      2,
      'kpi run: Not a period of grain month: "2026-W43". Write it like 2026-10.\nRun "kpi run --help" for usage.\n',
    ]);
    expect((await kpi('run', 'itsm.fcr', '--history', '0')).code).toBe(2);
    const card = await kpi('run', '--scorecard', 'service-dsk');
    expect(card.stderr).toContain('Did you mean service-desk?');
  });
});

describe('kpi build', () => {
  it('writes a snapshot per scorecard and an index', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'kpi-build-'));
    const { code, stdout } = await kpi('build', '--out', join(tmp, 'out'));
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote 1 snapshot and index.json');
    expect(readdirSync(join(tmp, 'out')).sort()).toEqual(['index.json', 'service-desk.json']);
  });

  it('leaves the previous snapshots untouched when the data is missing', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'kpi-build-'));
    const copy = join(tmp, 'project');
    cpSync(project, copy, { recursive: true });
    const out = join(tmp, 'out');
    expect((await runCli(['build', '--out', out, '--project', copy])).code).toBe(0);
    const before = readFileSync(join(out, 'service-desk.json'), 'utf8');
    rmSync(join(copy, 'data', 'desk.csv'));
    const failed = await runCli(['build', '--out', out, '--project', copy]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('KPI0503');
    expect(failed.stderr).toContain('Nothing was written');
    expect(readFileSync(join(out, 'service-desk.json'), 'utf8')).toBe(before);
  });
});
