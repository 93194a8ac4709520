import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeKpiTestProject } from './kpi-test-fixture.js';
import { runCli } from './run-cli.js';

// The catalog itself (kpis/): its tests/ hold hand-worked expectations for every KPI.
const catalog = join(import.meta.dirname, '..', '..', '..', 'kpis');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The fixture project (kpi-test-fixture.ts) in a temporary folder, its test file edited by `edit`. */
function fixture(edit?: (text: string) => string): string {
  const dir = writeKpiTestProject(edit);
  made.push(dir);
  return dir;
}

/** Replaces text that must be there. */
const swap = (from: string, to: string) => (text: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

interface JsonReport {
  passed: number;
  failed: number;
  files: number;
  results: {
    test: string;
    file: string;
    line: number;
    kpi: string;
    period: string;
    expected: number | null;
    actual: number | null;
    sample: number | null;
    passed: boolean;
    sql?: string;
  }[];
  issues?: { code: string; file: string; line: number; column: number }[];
}

describe('kpi test', () => {
  it('passes every hand-worked expectation in the catalog’s tests/', async () => {
    const { code, stdout } = await runCli(['test', '--project', catalog]);
    expect(stdout).toMatch(/\n\d+ passed, 0 failed \(\d+ files\)\n$/);
    expect(code).toBe(0);
  });

  it('prints the catalog’s results as JSON with counts that CI reads (scripts/test.mjs)', async () => {
    const { code, stdout } = await runCli(['test', '--project', catalog, '--format', 'json']);
    const report = JSON.parse(stdout) as JsonReport;
    expect(code).toBe(0);
    expect(report.failed).toBe(0);
    expect(report.passed).toBe(report.results.length);
    expect(report.passed).toBeGreaterThan(27);
    expect(report.results.every((r) => r.passed && r.sql === undefined)).toBe(true);
  });

  it('passes the fixture’s three expectations, counting wall-clock time in the source’s zone', async () => {
    const dir = fixture();
    const { code, stdout } = await runCli(['test', '--project', dir, '--format', 'json']);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.results.map((r) => [r.kpi, r.period, r.line, r.sample, r.passed])).toEqual([
      ['itsm.mttr', '2026-10', 17, 2, true],
      ['itsm.mttr', '2026-Q4', 19, 3, true],
      ['cx.score', '2026-10', 21, 3, true],
    ]);
    // T2 opened at 09:00 Stockholm time: 6 h, so (2 + 6) / 2 = 4; read as UTC it would be 3
    const [october, quarter, score] = report.results.map((r) => r.actual ?? Number.NaN);
    expect(october).toBe(4);
    expect(quarter).toBeCloseTo(10 / 3, 9);
    expect(score).toBeCloseTo(11 / 3, 9);
    expect(report).toMatchObject({ passed: 3, failed: 0, files: 1 });
    expect(report.results[0]?.file).toMatch(/tests\/desk\.yaml$/);
    expect(code).toBe(0);
  });

  it('reports a wrong expectation at file:line with expected, actual and the SQL, and exits 1', async () => {
    // October's MTTR is (2 + 6) / 2 = 4 hours (see kpi-test-fixture.ts); claim 5
    const dir = fixture(swap('period: 2026-10, value: 4, sample: 2', 'period: 2026-10, value: 5, sample: 2'));
    const { code, stdout } = await runCli(['test', '--project', dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ FAIL {2}\S*tests\/desk\.yaml:17 {2}itsm\.mttr 2026-10\n/);
    expect(stdout).toContain('  expected 5 (sample 2)\n');
    expect(stdout).toContain('  actual   4 (sample 2)\n');
    expect(stdout).toContain('-- itsm.mttr: itsm.mttr title');
    expect(stdout).toContain('-- parameters (bound, never pasted into the SQL):');
    expect(stdout).toMatch(/✗ desk\s+2\/3/);
    expect(stdout).toMatch(/\n2 passed, 1 failed \(1 file\)\n$/);
  });

  it('gives the failing expectation’s SQL in JSON and counts it as failed', async () => {
    // cx.score in October is (4 + 5 + 2) / 3 = 3.666…; a sample of 4 is wrong (three answers)
    const dir = fixture(swap('value: 3.6666667, sample: 3', 'value: 3.6666667, sample: 4'));
    const { code, stdout } = await runCli(['test', '--project', dir, '--format', 'json']);
    const report = JSON.parse(stdout) as JsonReport;
    expect(code).toBe(1);
    expect(report).toMatchObject({ passed: 2, failed: 1 });
    const failed = report.results.find((r) => !r.passed);
    expect(failed).toMatchObject({ kpi: 'cx.score', line: 21, expected: 3.6666667, sample: 3 });
    expect(failed?.sql).toContain('-- cx.score: cx.score title');
  });

  it('speaks Swedish and colours a failure red when asked', async () => {
    const dir = fixture(swap('value: 4, sample: 2', 'value: 5, sample: 2'));
    const { stdout } = await runCli(['test', '--project', dir, '--lang', 'sv'], {
      env: { FORCE_COLOR: '1' },
    });
    expect(stdout).toContain('\x1b[31m✗ UNDERKÄND\x1b[39m');
    expect(stdout).toContain('  väntat 5 (urval 2)\n');
    expect(stdout).toContain('2 godkända, 1 underkända');
  });

  it('runs only one KPI’s expectations with --filter, and refuses a filter that matches nothing', async () => {
    const dir = fixture();
    const one = JSON.parse(
      (await runCli(['test', '--project', dir, '--format', 'json', '--filter', 'cx.score'])).stdout,
    );
    expect(one.results.map((r: { kpi: string }) => r.kpi)).toEqual(['cx.score']);
    const typo = await runCli(['test', '--project', dir, '--filter', 'itsm.mtr']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean itsm.mttr?');
  });

  it('reports a row field the source does not have at its line and runs nothing', async () => {
    // line 9 is T3's row; "    - { id: T3, type: request, " is 31 characters, so "opened" starts in column 32
    const dir = fixture(swap('{ id: T3, type: request, opened_at:', '{ id: T3, type: request, opened:'));
    const pretty = await runCli(['test', '--project', dir]);
    expect(pretty.code).toBe(1);
    expect(pretty.stderr).toMatch(/tests\/desk\.yaml:9:32 +error +KPI0904/);
    expect(pretty.stderr).toContain('Did you mean "opened_at"?');
    const json = await runCli(['test', '--project', dir, '--format', 'json']);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(json.code).toBe(1);
    expect(report).toMatchObject({ passed: 0, failed: 1, results: [] });
    // the fixture's KPIs also carry SMART warnings; the one error is the unknown field
    expect(report.issues?.find((i) => i.code === 'KPI0904')).toMatchObject({ line: 9, column: 32 });
  });

  it('reports a setting a test file does not have at its line', async () => {
    const dir = fixture(swap('expect:', 'expectations:'));
    const { code, stderr } = await runCli(['test', '--project', dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/tests\/desk\.yaml:15:1 +error +KPI0101/);
  });
});
