import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { csatYaml, deskProject, mttrYaml, sourceYaml } from './diff-fixture.js';
import { createRepo, type TempRepo } from './diff-repo.js';
import { expectGolden } from './expect-golden.js';
import { runCli } from './run-cli.js';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

/** A repository whose main has the desk project and whose branch `feature` has one more commit. */
function pullRequest(change: Record<string, string | null>): TempRepo {
  const made = createRepo(deskProject());
  made.commit('Desk KPIs');
  made.branch('feature');
  made.write(change);
  made.commit('The change under review');
  repo = made;
  return made;
}

interface JsonReport {
  ok: boolean;
  changes: {
    kind: string;
    id: string;
    change: string;
    breaking: boolean;
    fields: { field: string; breaking: boolean }[];
  }[];
  issues: { code: string; file?: string; line?: number; hint?: string }[];
  values: { kpi: string; rows: { period: string; before: number | null; after: number | null }[] }[];
  sql: { kpi: string; diff: string }[];
}

async function diffJson(r: TempRepo, ...extra: string[]) {
  const run = await runCli(['diff', '--format', 'json', '--periods', '3', ...extra], { cwd: r.dir });
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

describe('kpi diff', () => {
  it('lists an added KPI as added and not breaking, and exits 0', async () => {
    const r = pullRequest({
      'kpis/cx/csat-copy.yaml': csatYaml.replace('id: cx.csat', 'id: cx.csat-opened'),
    });
    const { code, report } = await diffJson(r);
    expect(code).toBe(0);
    expect(report.changes.map((c) => [c.kind, c.id, c.change, c.breaking])).toEqual([
      ['kpi', 'cx.csat-opened', 'added', false],
    ]);
    const md = await runCli(['diff', '--format', 'markdown'], { cwd: r.dir });
    expectGolden('added-kpi.md', md.stdout);
  });

  it('treats a description edit and a re-spaced measure as non-breaking', async () => {
    const r = pullRequest({
      'kpis/itsm/mttr.yaml': mttrYaml({
        description: 'Average hours from open to resolved, for incidents only.',
        measure: 'AVG( hours_between(opened_at,resolved_at) )',
      }),
    });
    const { code, report } = await diffJson(r);
    expect(code).toBe(0);
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]?.fields.map((f) => [f.field, f.breaking])).toEqual([['description', false]]);
    expect(report.values).toEqual([]);
    const text = await runCli(['diff'], { cwd: r.dir });
    expectGolden('description-only.txt', text.stdout);
  });

  it('fails a measure change without a version bump, with a hint naming version 2', async () => {
    const r = pullRequest({
      'kpis/itsm/mttr.yaml': mttrYaml({ measure: 'max(hours_between(opened_at, resolved_at))' }),
    });
    const { code, report } = await diffJson(r);
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => [i.code, i.file, i.line])).toEqual([
      ['KPI0700', 'kpis/itsm/mttr.yaml', 3],
    ]);
    expect(report.issues[0]?.hint).toContain('Set version: 2');
    const md = await runCli(['diff', '--format', 'markdown', '--periods', '3'], { cwd: r.dir });
    expect(md.code).toBe(1);
    expectGolden('measure-no-bump.md', md.stdout);
  });

  it('accepts a measure change with a version bump and shows the values before and after', async () => {
    const r = pullRequest({
      'kpis/itsm/mttr.yaml': mttrYaml({ version: 2, measure: 'max(hours_between(opened_at, resolved_at))' }),
    });
    const { code, report } = await diffJson(r);
    expect(code).toBe(0);
    expect(report.changes[0]?.fields.map((f) => [f.field, f.breaking])).toEqual([
      ['version', false],
      ['measure', true],
    ]);
    // Incidents by resolved month: Jan T1 4 h, T2 8 h → avg 6, max 8; Feb T4 24 h → 24 both;
    // Mar T5 72 h, T6 10 h → avg (72 + 10) / 2 = 41, max 72.
    expect(report.values).toEqual([
      {
        kpi: 'itsm.mttr',
        unit: 'hours',
        rows: [
          { period: '2026-01', before: 6, after: 8 },
          { period: '2026-02', before: 24, after: 24 },
          { period: '2026-03', before: 41, after: 72 },
        ],
      },
    ]);
    expect(report.sql[0]?.diff).toMatch(/^-.*avg\(/m);
    expect(report.sql[0]?.diff).toMatch(/^\+.*max\(/m);
    const md = await runCli(['diff', '--format', 'markdown', '--periods', '3'], { cwd: r.dir });
    expectGolden('measure-bumped.md', md.stdout);
  });

  it('marks both KPIs that read a re-mapped source column as breaking, and leaves the third alone', async () => {
    const r = pullRequest({ 'kpis/sources/tickets.yaml': sourceYaml('fixed_at') });
    const { code, report } = await diffJson(r);
    expect(code).toBe(1);
    expect(report.changes.map((c) => [c.kind, c.id, c.breaking])).toEqual([
      ['kpi', 'itsm.mttr', true],
      ['kpi', 'itsm.resolved', true],
      ['source', 'tickets', true],
    ]);
    expect(report.issues.map((i) => [i.code, i.file])).toEqual([
      ['KPI0700', 'kpis/itsm/mttr.yaml'],
      ['KPI0700', 'kpis/itsm/resolved.yaml'],
    ]);
    // Resolved count by month: before Jan T1,T2 = 2; Feb T3,T4 = 2; Mar T5,T6 = 2.
    // After (fixed_at): Jan T1,T2 = 2; Feb T3,T4,T5 = 3; Mar T6 = 1.
    const resolved = report.values.find((v) => v.kpi === 'itsm.resolved');
    expect(resolved?.rows).toEqual([
      { period: '2026-01', before: 2, after: 2 },
      { period: '2026-02', before: 2, after: 3 },
      { period: '2026-03', before: 2, after: 1 },
    ]);
    // MTTR after: Jan (2 + 2) / 2 = 2; Feb T4 6 h, T5 24 h → 15; Mar T6 1 h.
    const mttr = report.values.find((v) => v.kpi === 'itsm.mttr');
    expect(mttr?.rows.map((row) => row.after)).toEqual([2, 15, 1]);
    const text = await runCli(['diff', '--periods', '3'], { cwd: r.dir });
    expectGolden('source-column.txt', text.stdout);
  });

  it('fails when a removed KPI is still on a scorecard, pointing at the scorecard line', async () => {
    const r = pullRequest({ 'kpis/itsm/resolved.yaml': null });
    const { code, report } = await diffJson(r);
    expect(code).toBe(1);
    expect(report.changes.map((c) => [c.id, c.change])).toEqual([['itsm.resolved', 'removed']]);
    expect(report.issues.map((i) => [i.code, i.file, i.line])).toEqual([
      ['KPI0701', 'kpis/scorecards/desk.yaml', 5],
    ]);
    const md = await runCli(['diff', '--format', 'markdown'], { cwd: r.dir });
    expectGolden('removed-in-use.md', md.stdout);
  });

  it('compares with HEAD and says so when run on main', async () => {
    const made = createRepo(deskProject());
    repo = made;
    made.commit('Desk KPIs');
    made.write({ 'kpis/itsm/mttr.yaml': mttrYaml({ description: 'Edited on main.' }) });
    const run = await runCli(['diff', '--format', 'json'], { cwd: made.dir });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { base: { note: string } }).base.note).toBe('on-main');
  });

  it('is a usage error (exit 2) for a base that is not a commit', async () => {
    const r = pullRequest({});
    const run = await runCli(['diff', '--base', 'no-such-branch'], { cwd: r.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"no-such-branch" is not a commit');
  });

  it('says to commit first when the repository has no commit, and to use git when there is none', async () => {
    const made = createRepo(deskProject());
    repo = made;
    const empty = await runCli(['diff'], { cwd: made.dir });
    expect([empty.code, empty.stderr]).toEqual([
      2,
      expect.stringContaining('the repository has no commit yet'),
    ]);
    rmSync(join(made.dir, '.git'), { recursive: true, force: true });
    const outside = await runCli(['diff'], { cwd: made.dir });
    expect([outside.code, outside.stderr]).toEqual([
      2,
      expect.stringContaining('the project folder is not in a git repository'),
    ]);
  });

  it('is a usage error (exit 2), not an internal error, for a --data file that does not exist', async () => {
    const r = pullRequest({});
    const run = await runCli(['diff', '--data', 'missing.duckdb'], { cwd: r.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The data file "missing.duckdb" given to --data does not exist.');
  });
});
