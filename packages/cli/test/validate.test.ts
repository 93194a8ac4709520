import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { sarifValidator } from './sarif-validator.js';

// Fixture projects: clean (5 files, nothing wrong), broken (5 files: a YAML syntax error,
// a tab-indented file, a measure naming an undeclared field), warnings (3 files, SMART
// warnings only). The two files that are not valid YAML are written at test time, so that
// the repository's own YAML linting stays green. The CLI runs in a copy of the projects
// folder, so paths start with the project name.
let projects: string;
beforeAll(async () => {
  projects = await mkdtemp(join(tmpdir(), 'kpi-validate-'));
  await cp(new URL('./fixtures/projects/', import.meta.url), projects, { recursive: true });
  await writeFile(
    join(projects, 'broken/itsm/syntax.yaml'),
    'kind: kpi\nid: itsm.broken\ntitle: { en: "unclosed\n',
  );
  await writeFile(join(projects, 'broken/itsm/tabs.yaml'), 'kind: kpi\nowner:\n\tname: Someone\n');
});
afterAll(async () => {
  await rm(projects, { recursive: true, force: true });
});
const validate = (args: string[], env?: Record<string, string>, stdoutIsTTY = false) =>
  runCli(['validate', ...args], { cwd: projects, env, stdoutIsTTY });
const json = async (args: string[]) => {
  const run = await validate([...args, '--format', 'json']);
  return {
    ...run,
    report: JSON.parse(run.stdout) as { ok: boolean; issues: Issue[]; summary: Record<string, number> },
  };
};

// "measure: avg(hours_between(opened_at, " is 38 characters, so closed_at starts at column 39 of line 10.
const unknownFieldAt = { file: 'broken/itsm/unknown-field.yaml', line: 10, column: 39 };

describe('kpi validate', () => {
  it('exits 0 and says so on a clean project', async () => {
    const run = await validate(['--project', 'clean']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('No issues in 5 files.\n');
    expect(run.code).toBe(0);
  });

  it('finds the project in the current folder when it has nyckeltal.yaml', async () => {
    const run = await runCli(['validate'], { cwd: join(projects, 'clean') });
    expect(run.code).toBe(0);
  });

  it('exits 2 with a clear message when the project folder does not exist', async () => {
    const run = await validate(['--project', 'no-such-folder']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'kpi validate: The project folder "no-such-folder" does not exist.\nRun "kpi validate --help" for usage.\n',
    );
  });

  it('exits 2 and suggests a format for an unknown one', async () => {
    const run = await validate(['--project', 'clean', '--format', 'sarf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"sarf" is not a value for --format');
    expect(run.stderr).toContain('Did you mean --format sarif?');
  });

  describe('--format json', () => {
    it('reports every broken file, not only the first, and exits 1', async () => {
      const { code, report } = await json(['--project', 'broken']);
      expect(code).toBe(1);
      expect(report.ok).toBe(false);
      const byFile = (file: string) => report.issues.filter((i) => i.file === file).map((i) => i.code);
      expect(byFile('broken/itsm/syntax.yaml')).toContain('KPI0005');
      expect(byFile('broken/itsm/tabs.yaml')).toContain('KPI0006');
      const unknown = report.issues.find((i) => i.file === unknownFieldAt.file && i.code.startsWith('KPI02'));
      expect(unknown).toMatchObject({ ...unknownFieldAt, severity: 'error' });
      expect(report.summary.files).toBe(5);
      expect(report.summary.errors).toBe(report.issues.filter((i) => i.severity === 'error').length);
    });

    it('says ok with no issues on a clean project', async () => {
      const { code, report } = await json(['--project', 'clean']);
      expect({ code, ok: report.ok, issues: report.issues }).toEqual({ code: 0, ok: true, issues: [] });
    });
  });

  describe('--strict', () => {
    it('passes warnings alone without --strict and fails them with it', async () => {
      const relaxed = await json(['--project', 'warnings']);
      expect(relaxed.report.issues.length).toBeGreaterThan(0);
      expect(relaxed.report.issues.every((i) => i.severity === 'warning')).toBe(true);
      expect(relaxed.code).toBe(0);
      expect(relaxed.report.ok).toBe(true);
      const strict = await json(['--project', 'warnings', '--strict']);
      expect(strict.code).toBe(1);
      expect(strict.report.ok).toBe(false);
    });
  });

  describe('--format pretty', () => {
    it('quotes the offending line with a caret under the column, and ends with the counts', async () => {
      const run = await validate(['--project', 'broken']);
      expect(run.code).toBe(1);
      const lines = run.stdout.split('\n');
      const at = lines.findIndex((l) => l.startsWith('broken/itsm/unknown-field.yaml:10:39  error  KPI02'));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(lines[at + 1]).toBe('  10 | measure: avg(hours_between(opened_at, closed_at))');
      // The marker sits under column 39: 38 spaces after the gutter, then ^ and ~ over "closed_at".
      expect(lines[at + 2]).toMatch(/^ {4} \| {39}\^/);
      expect(lines.at(-2)).toMatch(/^\d+ errors?, \d+ warnings? in 5 files\.$/);
    });

    it('writes the summary and labels in Swedish with --lang sv', async () => {
      const run = await validate(['--project', 'broken', '--lang', 'sv']);
      expect(run.stdout).toContain('broken/itsm/syntax.yaml:');
      expect(run.stdout).toMatch(/ {2}fel {2}KPI0005 {2}/);
      expect(run.stdout).toMatch(/\d+ fel, \d+ (varning|varningar) i 5 filer\.\n$/);
    });

    it('colours on a terminal and not when NO_COLOR is set', async () => {
      const tty = await validate(['--project', 'broken'], {}, true);
      expect(tty.stdout).toContain('\x1b[31merror\x1b[39m');
      const noColor = await validate(['--project', 'broken'], { NO_COLOR: '1' }, true);
      expect(noColor.stdout).not.toContain('\x1b[');
    });
  });

  describe('--format github', () => {
    it('prints one annotation per issue with the file, line and column', async () => {
      const run = await validate(['--project', 'broken', '--format', 'github']);
      const { report } = await json(['--project', 'broken']);
      expect(run.code).toBe(1);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(report.issues.length);
      expect(lines.every((l) => /^::(error|warning) /.test(l))).toBe(true);
      expect(run.stdout).toMatch(
        /^::error file=broken\/itsm\/unknown-field\.yaml,line=10,col=39,.*title=KPI02\d\d::/m,
      );
    });
  });

  describe('--format sarif', () => {
    it('writes a SARIF 2.1.0 log that validates against the schema, one result per issue', async () => {
      const run = await validate(['--project', 'broken', '--format', 'sarif']);
      const { report } = await json(['--project', 'broken']);
      expect(run.code).toBe(1);
      const log = JSON.parse(run.stdout);
      const check = sarifValidator();
      expect(check(log), JSON.stringify(check.errors, null, 2)).toBe(true);
      expect(log.runs[0].results).toHaveLength(report.issues.length);
      const located = log.runs[0].results.find(
        (r: { ruleId: string; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.ruleId.startsWith('KPI02') &&
          r.locations?.[0]?.physicalLocation.artifactLocation.uri === unknownFieldAt.file,
      );
      expect(located.locations[0].physicalLocation.region).toMatchObject({ startLine: 10, startColumn: 39 });
    });
  });
});
