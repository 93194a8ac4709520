import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// The warnings fixture (3 files) has two SMART warnings in itsm/mttr.yaml: no review cadence
// (KPI0408) and an outcome KPI nothing supports (KPI0405). broken/itsm/unknown-field.yaml has a
// measure naming closed_at, which the source does not declare (KPI0201 at line 10, column 39).
let projects: string;
beforeAll(async () => {
  projects = await mkdtemp(join(tmpdir(), 'kpi-validate-sv-'));
  await cp(new URL('./fixtures/projects/', import.meta.url), projects, { recursive: true });
});
afterAll(async () => {
  await rm(projects, { recursive: true, force: true });
});
const kpi = (args: string[]) => runCli(args, { cwd: projects });

const unknownField = {
  en: 'The source has no field "closed_at". Did you mean "opened_at"?',
  enHint: 'Use a field declared under fields: in the source file, or declare "closed_at" there.',
  sv: 'Källan har inget fält "closed_at". Menade du "opened_at"?',
  svHint: 'Använd ett fält som är deklarerat under fields: i källfilen, eller deklarera "closed_at" där.',
};

describe('kpi validate --lang sv', () => {
  it('prints the issue messages and hints in Swedish', async () => {
    const run = await kpi(['validate', '--project', 'warnings', '--lang', 'sv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'warnings/itsm/mttr.yaml:1:1  varning  KPI0408  T (Tidsbundet): nyckeltalet "itsm.mttr" saknar uppföljningsintervall.',
        '  1 | kind: kpi',
        '    | ^',
        '    = tips: Lägg till "review:" med daily, weekly, monthly, quarterly eller yearly: hur ofta ägaren går igenom det.',
        '',
        'warnings/itsm/mttr.yaml:9:8  varning  KPI0405  R (Relevant): utfallsnyckeltalet "itsm.mttr" har inga nyckeltal som stöder det.',
        '  9 | level: outcome',
        '    |        ^~~~~~~',
        '    = tips: Lägg till "supports: [itsm.mttr]" i de input-, process- eller output-nyckeltal som påverkar det här utfallet.',
        '',
        '0 fel, 2 varningar i 3 filer.',
        '',
      ].join('\n'),
    );
  });

  it('writes GitHub annotations in Swedish, the hint on the line after the message', async () => {
    const run = await kpi(['validate', '--project', 'broken', '--format', 'github', '--lang', 'sv']);
    expect(run.code).toBe(1);
    const line = run.stdout.split('\n').find((l) => l.includes('title=KPI0201'));
    expect(line).toBe(
      '::error file=broken/itsm/unknown-field.yaml,line=10,col=39,endLine=10,endColumn=48,title=KPI0201::' +
        `${unknownField.sv}%0A${unknownField.svHint}`,
    );
  });

  it('keeps the English message in JSON and adds the Swedish one under localized', async () => {
    const run = await kpi(['validate', '--project', 'broken', '--format', 'json', '--lang', 'sv']);
    const report = JSON.parse(run.stdout);
    expect(report.lang).toBe('sv');
    expect(report.issues.find((i: { code: string }) => i.code === 'KPI0201')).toMatchObject({
      message: unknownField.en,
      hint: unknownField.enHint,
      params: { field: 'closed_at', suggestion: ' Did you mean "opened_at"?' },
      localized: { message: unknownField.sv, hint: unknownField.svHint },
    });
  });

  it('writes JSON without lang or localized in English', async () => {
    const run = await kpi(['validate', '--project', 'broken', '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.lang).toBeUndefined();
    expect(report.issues.some((i: object) => 'localized' in i)).toBe(false);
  });

  it('keeps SARIF in English, as code-scanning tools expect one language', async () => {
    const run = await kpi(['validate', '--project', 'broken', '--format', 'sarif', '--lang', 'sv']);
    const texts = JSON.parse(run.stdout).runs[0].results.map(
      (r: { message: { text: string } }) => r.message.text,
    );
    expect(texts).toContain(`${unknownField.en}\n${unknownField.enHint}`);
  });

  it('reports a broken project in Swedish from other commands too (kpi compile)', async () => {
    const run = await kpi(['compile', 'itsm.mttr', '--project', 'broken', '--lang', 'sv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`KPI0201  ${unknownField.sv}\n`);
    expect(run.stderr).toContain(`= tips: ${unknownField.svHint}\n`);
  });
});
