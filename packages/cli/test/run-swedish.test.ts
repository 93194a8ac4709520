import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The widgets' own words, read from their source: the terminal must say what the page says.
import { messages as widgetMessages } from '../../widgets/src/format/messages.js';
import { statusWord } from '../src/format/format-snapshot.js';
import { runCli } from './run-cli.js';

// fixtures/projects/engine-desk (numbers worked out in engine-commands.test.ts and
// packages/engine/test/run-scorecard.test.ts), copied with FCR's target taken out so
// that every status appears: itsm.fcr is then "no-target".
const fixture = join(import.meta.dirname, 'fixtures', 'projects', 'engine-desk');
let tmp: string;
let project: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kpi-run-sv-'));
  project = join(tmp, 'project');
  cpSync(fixture, project, { recursive: true });
  const fcr = join(project, 'itsm', 'fcr.yaml');
  const text = readFileSync(fcr, 'utf8');
  const withoutTarget = text.replace(
    'targets:\n  - { value: 70, from: 2026-01-01, until: 2026-12-31 }\n',
    '',
  );
  expect(withoutTarget).not.toBe(text);
  writeFileSync(fcr, withoutTarget);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const kpi = (...argv: string[]) => runCli([...argv, '--project', project]);
const tableLines = (stdout: string) => stdout.split('\n').filter((l) => /^[✓▲✗…·] /.test(l));

describe('kpi run --lang sv', () => {
  it('writes the status in the widgets’ Swedish words: Ej i mål, Risk, Inget mål', async () => {
    const { code, stdout } = await kpi(
      'run',
      '--scorecard',
      'service-desk',
      '--period',
      '2026-10',
      '--lang',
      'sv',
    );
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Servicedesk  månad 2026-10 (2026-10-01 – 2026-11-01)');
    // Oct: MTTR (28 + 3) / 2 = 15,5 h > 12 (amber limit) → red; FCR 1 of 5 = 20 %, no target;
    // CSAT (5 + 5 + 4 + 2) / 4 = 4,00: below 4,5 (green) but not below 4 (amber) → amber.
    expect(tableLines(stdout)).toEqual([
      '✗ Ej i mål   itsm.mttr  15,5 h  8,0 h  – (2026-09)            4',
      '· Inget mål  itsm.fcr   20,0 %         – (2026-09)            5',
      '▲ Risk       itsm.csat    4,00   4,50  – (2026-09)            4',
    ]);
  });

  it('writes I mål for a KPI on target and För lite data for a month without rows', async () => {
    // Nov: MTTR 3,0 h ≤ 8 → green; CSAT (5 + 4) / 2 = 4,50 ≥ 4,5 → green.
    const nov = await kpi('run', '--scorecard', 'service-desk', '--period', '2026-11', '--lang', 'sv');
    expect(tableLines(nov.stdout).map((l) => l.slice(0, 24))).toEqual([
      '✓ I mål      itsm.mttr  ',
      '· Inget mål  itsm.fcr   ',
      '✓ I mål      itsm.csat  ',
    ]);
    // Sep has no tickets resolved: every KPI has too little data (sample 0).
    const sep = await kpi('run', '--scorecard', 'service-desk', '--period', '2026-09', '--lang', 'sv');
    expect(tableLines(sep.stdout).map((l) => l.slice(0, 28))).toEqual([
      '… För lite data  itsm.mttr  ',
      '… För lite data  itsm.fcr   ',
      '… För lite data  itsm.csat  ',
    ]);
  });

  it('keeps the snapshot’s status values in CSV and JSON', async () => {
    const csv = await kpi(
      'run',
      '--scorecard',
      'service-desk',
      '--period',
      '2026-10',
      '--format',
      'csv',
      '--lang',
      'sv',
    );
    const statuses = csv.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split(',')[8]);
    expect(statuses).toEqual(['red', 'no-target', 'amber']);
    const json = await kpi(
      'run',
      '--scorecard',
      'service-desk',
      '--period',
      '2026-10',
      '--format',
      'json',
      '--lang',
      'sv',
    );
    const snapshot = JSON.parse(json.stdout) as { kpis: { status: string; value: number }[] };
    expect(snapshot.kpis.map((k) => [k.status, k.value])).toEqual([
      ['red', 15.5],
      ['no-target', 20],
      ['amber', 4],
    ]);
  });

  it('uses exactly the status words the widgets show in Swedish, and the snapshot’s values in English', () => {
    const statuses = ['green', 'amber', 'red', 'insufficient', 'no-target'] as const;
    expect(statuses.map((s) => statusWord(s, 'sv'))).toEqual([
      'I mål',
      'Risk',
      'Ej i mål',
      'För lite data',
      'Inget mål',
    ]);
    expect(statuses.map((s) => statusWord(s, 'sv'))).toEqual(
      statuses.map((s) => widgetMessages('sv').status[s]),
    );
    expect(statuses.map((s) => statusWord(s, 'en'))).toEqual([...statuses]);
  });
});

describe('kpi run with a data file missing', () => {
  let broken: string;
  beforeAll(() => {
    broken = join(tmp, 'broken');
    cpSync(fixture, broken, { recursive: true });
    rmSync(join(broken, 'data', 'desk.csv'));
  });

  it('prints the error at the source’s file with the path it looked for, and no table (exit 1)', async () => {
    const cwd = tmp;
    const { code, stdout, stderr } = await runCli(
      ['run', '--scorecard', 'service-desk', '--project', 'broken'],
      {
        cwd,
      },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const path = join(broken, 'data', 'desk.csv');
    expect(stderr).toBe(
      `broken/sources/desk.yaml:1:1  error  KPI0503  Source "desk": the data file "${path}" does not exist.\n` +
        `    = hint: Looked for ${path}. Put the data file there, or correct \`from: { file: … }\` in the source: ` +
        'a relative path is read from the folder that holds nyckeltal.yaml.\n',
    );
  });

  it('says it in Swedish under --lang sv', async () => {
    const { code, stdout, stderr } = await runCli(
      ['run', 'itsm.mttr', '--project', 'broken', '--lang', 'sv'],
      { cwd: tmp },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const path = join(broken, 'data', 'desk.csv');
    expect(stderr).toBe(
      `broken/sources/desk.yaml:1:1  fel  KPI0503  Källan "desk": datafilen "${path}" finns inte.\n` +
        `    = tips: Letade efter ${path}. Lägg datafilen där, eller rätta \`from: { file: … }\` i källan: ` +
        'en relativ sökväg utgår från mappen som innehåller nyckeltal.yaml.\n',
    );
  });

  it('still prints the snapshot as JSON, its issue carrying the source’s file (in the project), the hint and the params', async () => {
    const { code, stdout, stderr } = await runCli([
      'run',
      'itsm.mttr',
      '--project',
      broken,
      '--format',
      'json',
    ]);
    expect(code).toBe(1);
    const snapshot = JSON.parse(stdout) as { issues: Record<string, unknown>[] };
    const path = join(broken, 'data', 'desk.csv');
    expect(snapshot.issues).toEqual([
      expect.objectContaining({
        code: 'KPI0503',
        source: 'desk',
        file: 'sources/desk.yaml',
        line: 1,
        column: 1,
        params: { source: 'desk', path },
        hint: expect.stringContaining(`Looked for ${path}.`),
      }),
    ]);
    expect(stderr).toContain('error  KPI0503  Source "desk"');
  });

  it('makes kpi build say it once, at the source, though two scorecards read the source', async () => {
    const second = join(broken, 'scorecards', 'second.yaml');
    writeFileSync(
      second,
      'kind: scorecard\nid: second\ntitle: { en: Second }\naudience: Leads\nkpis: [itsm.fcr]\ngrain: month\n',
    );
    try {
      const out = join(tmp, 'out');
      const { code, stdout, stderr } = await runCli(['build', '--project', 'broken', '--out', out], {
        cwd: tmp,
      });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      const path = join(broken, 'data', 'desk.csv');
      expect(stderr).toBe(
        `broken/sources/desk.yaml:1:1  error  KPI0503  Source "desk": the data file "${path}" does not exist.\n` +
          `    = hint: Looked for ${path}. Put the data file there, or correct \`from: { file: … }\` in the source: ` +
          'a relative path is read from the folder that holds nyckeltal.yaml.\n' +
          'Nothing was written: the previous snapshots are untouched.\n',
      );
    } finally {
      rmSync(second);
    }
  });
});
