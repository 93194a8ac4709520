import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deskProject } from './diff-fixture.js';
import { createRepo, type TempRepo } from './diff-repo.js';
import { runCli } from './run-cli.js';

// `kpi docs` replaces its output folder as a whole (so no stale page survives a removed
// KPI). These tests pin that it only ever replaces a catalog it wrote itself.
let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

describe('kpi docs --out', () => {
  it('refuses a folder of other files instead of deleting them, with exit 2', async () => {
    repo = createRepo({ ...deskProject(), 'docs/handbook.md': '# Our handbook\n' });
    const run = await runCli(['docs', '--out', 'docs'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('docs');
    expect(readFileSync(join(repo.dir, 'docs', 'handbook.md'), 'utf8')).toBe('# Our handbook\n');
    expect(existsSync(join(repo.dir, 'docs', 'index.html'))).toBe(false);
  });

  it('refuses the project folder itself and leaves the definitions in place', async () => {
    repo = createRepo(deskProject());
    const run = await runCli(['docs', '--out', 'kpis'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(existsSync(join(repo.dir, 'kpis', 'nyckeltal.yaml'))).toBe(true);
    expect(existsSync(join(repo.dir, 'kpis', 'itsm', 'mttr.yaml'))).toBe(true);
  });

  it('refuses a folder that holds the project, such as the current one', async () => {
    repo = createRepo(deskProject());
    const run = await runCli(['docs', '--out', '.'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(existsSync(join(repo.dir, 'kpis', 'nyckeltal.yaml'))).toBe(true);
  });

  it('replaces a catalog it wrote before, and writes into an empty folder', async () => {
    repo = createRepo(deskProject());
    mkdirSync(join(repo.dir, 'site'));
    expect((await runCli(['docs', '--out', 'site'], { cwd: repo.dir })).code).toBe(0);
    expect((await runCli(['docs', '--out', 'site'], { cwd: repo.dir })).code).toBe(0);
    expect(existsSync(join(repo.dir, 'site', 'kpi', 'itsm.mttr.html'))).toBe(true);
  });
});
