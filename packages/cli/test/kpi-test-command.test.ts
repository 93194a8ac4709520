import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { grainOfPeriod } from '../src/commands/test.js';
import { runCli } from './run-cli.js';

// The catalog itself (kpis/): its tests/ hold hand-worked expectations for every KPI.
const catalog = join(import.meta.dirname, '..', '..', '..', 'kpis');

let tmp: string | undefined;
afterEach(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

/** A copy of the catalog's definitions and tests, without the demo database. */
function catalogCopy(): string {
  tmp = mkdtempSync(join(tmpdir(), 'kpi-test-'));
  cpSync(catalog, tmp, { recursive: true, filter: (src) => !src.includes(`${join('kpis', 'data')}`) });
  return tmp;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('kpi test', () => {
  it('passes every hand-worked expectation in the catalog’s tests/', async () => {
    const { code, stdout } = await runCli(['test', '--project', catalog]);
    expect(stdout).toMatch(/\d+ passed, 0 failed \(\d+ files\)/);
    expect(code).toBe(0);
  });

  it('reports a wrong expectation with expected, actual and the SQL, and exits 1', async () => {
    const dir = catalogCopy();
    // MTTR in October is (2 + 7 + 10 + 13) / 4 = 8 business hours; claim 9
    edit(
      dir,
      'tests/tickets-resolution.yaml',
      'period: 2026-10, value: 8, sample: 4',
      'period: 2026-10, value: 9, sample: 4',
    );
    const { code, stdout } = await runCli(['test', '--project', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('tests/tickets-resolution.yaml  itsm.mttr 2026-10');
    expect(stdout).toContain('expected 9 (sample 4)');
    expect(stdout).toContain('actual   8 (sample 4)');
    expect(stdout).toContain('-- itsm.mttr: Mean time to resolve');
    expect(stdout).toMatch(/\d+ passed, 1 failed/);
  });

  it('fails a test whose rows name a field the source does not have', async () => {
    const dir = catalogCopy();
    edit(dir, 'tests/changes-problems.yaml', '{ id: CHG1, type: standard,', '{ id: CHG1, typ: standard,');
    const { code, stdout } = await runCli(['test', '--project', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('source "changes" has no field "typ"');
  });
});

describe('grainOfPeriod', () => {
  it('reads the grain from the form of a period key', () => {
    expect(['2026-10-05', '2026-W41', '2026-10', '2026-Q4', '2026', 'Q4'].map(grainOfPeriod)).toEqual([
      'day',
      'week',
      'month',
      'quarter',
      'year',
      undefined,
    ]);
  });
});
