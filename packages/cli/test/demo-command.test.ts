import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Snapshot } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// The catalog project as a new user has it: definitions only, no demo data, no snapshots.
const catalog = join(import.meta.dirname, '..', '..', '..', 'kpis');
let project: string;

beforeAll(() => {
  project = join(mkdtempSync(join(tmpdir(), 'kpi-demo-')), 'kpis');
  cpSync(catalog, project, {
    recursive: true,
    filter: (src) => !/[/\\](data|build)([/\\]|$)/.test(src.slice(catalog.length)),
  });
});
afterAll(() => rmSync(join(project, '..'), { recursive: true, force: true }));

describe('kpi demo --no-serve', () => {
  it('generates the demo data, builds every scorecard and prints their status', async () => {
    const { code, stdout, stderr } = await runCli([
      'demo',
      '--project',
      project,
      '--no-serve',
      '--tickets',
      '3000',
    ]);
    expect(stderr).toContain('Generating demo data (3,000 tickets, seed 42)');
    expect(code).toBe(0);
    expect(existsSync(join(project, 'data', 'demo.duckdb'))).toBe(true);
    const scorecards = readdirSync(join(project, 'scorecards')).map((f) => f.replace(/\.yaml$/, ''));
    for (const id of scorecards) {
      const snapshot = JSON.parse(
        readFileSync(join(project, 'build', 'snapshots', `${id}.json`), 'utf8'),
      ) as Snapshot;
      expect(snapshot.schema).toBe('nyckeltal.snapshot/v1');
      // The demo data runs through October 2026, so that is every scorecard's current month.
      expect(snapshot.period.key).toBe('2026-10');
      // One line per scorecard: its id, the period and how many KPIs it has.
      expect(stdout).toMatch(new RegExp(`${id}\\s+2026-10\\s+${snapshot.kpis.length}\\s`));
    }
  }, 120_000);

  it('keeps existing data: a second run only rebuilds the snapshots', async () => {
    const { code, stderr } = await runCli(['demo', '--project', project, '--no-serve']);
    expect(code).toBe(0);
    expect(stderr).not.toContain('Generating demo data');
  }, 120_000);

  it('rejects a ticket count it cannot generate as a usage error', async () => {
    const { code, stderr } = await runCli(['demo', '--project', project, '--no-serve', '--tickets', 'many']);
    expect(code).toBe(2);
    expect(stderr).toContain('--tickets takes a whole number');
  });
});
