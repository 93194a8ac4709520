import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csatYaml, projectYaml, sourceYaml, ticketsCsv } from './diff-fixture.js';

// The packages as a user gets them: built with tsc, packed with `pnpm pack` (which turns
// workspace:* into versions and applies publishConfig), installed with npm into a folder
// outside the workspace (third-party dependencies from the registry), run on Node.
const packages = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const order = ['spec', 'compiler', 'engine', 'cli'] as const;
let work: string;
let packs: string;

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Workspace packages the CLI depends on beyond the four packed here (npm could not install the CLI without them). */
function unpackedWorkspaceDependencies(): string[] {
  const deps = Object.entries(manifest(join(packages, 'cli')).dependencies ?? {});
  return deps
    .filter(
      ([name, range]) => range.startsWith('workspace:') && !order.some((p) => `@nyckeltal/${p}` === name),
    )
    .map(([name]) => name);
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CI: 'true' },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kpi-pack-'));
  packs = join(work, 'packs');
  mkdirSync(packs);
  for (const name of order) {
    const dir = join(packages, name);
    run('pnpm', ['run', 'build'], dir);
    run('pnpm', ['pack', '--pack-destination', packs], dir);
  }
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function tarball(name: (typeof order)[number]): string {
  const file = readdirSync(packs).find((f) => f.startsWith(`nyckeltal-${name}-`) && f.endsWith('.tgz'));
  if (!file) throw new Error(`no tarball for ${name}`);
  return join(packs, file);
}

function appWith(names: readonly (typeof order)[number][]): string {
  const app = mkdtempSync(join(work, 'app-'));
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...names.map(tarball)], app);
  return app;
}

describe('the packed packages', () => {
  it('ship JS that Node runs: spec validates, compiler compiles, engine queries DuckDB', () => {
    const app = appWith(['spec', 'compiler', 'engine']);
    const files = [
      { path: 'nyckeltal.yaml', text: projectYaml },
      { path: 'sources/tickets.yaml', text: sourceYaml() },
      { path: 'cx/csat.yaml', text: csatYaml },
    ];
    writeFileSync(
      join(app, 'check.mjs'),
      `import { validateProject } from '@nyckeltal/spec';
import { compileKpiSql } from '@nyckeltal/compiler';
import { EngineSession } from '@nyckeltal/engine';
const { model, issues } = validateProject({ root: '/p', files: ${JSON.stringify(files)} });
const sql = compileKpiSql(model, 'cx.csat', 'month').sql;
const session = await EngineSession.open();
const [row] = await session.query({ sql: 'select 41 + 1 as n', parameters: [] });
session.close();
console.log(JSON.stringify({ errors: issues.filter((i) => i.severity === 'error').length, kpis: model.kpis.size, avg: sql.includes('avg('), n: row.n }));
`,
    );
    expect(JSON.parse(execFileSync('node', ['check.mjs'], { cwd: app, encoding: 'utf8' }))).toEqual({
      errors: 0,
      kpis: 1,
      avg: true,
      n: 42,
    });
  }, 120_000);

  // Only spec, compiler and engine may be hard dependencies: the server and the demo
  // generator are private and loaded on demand by `kpi serve` and `kpi demo`.
  it('depends on no workspace package beyond the packed ones', () => {
    expect(unpackedWorkspaceDependencies()).toEqual([]);
  });

  it('install the kpi binary: npx kpi validate passes on a small project', () => {
    const app = appWith(['spec', 'compiler', 'engine', 'cli']);
    const project = join(app, 'kpis');
    for (const [path, text] of Object.entries({
      'nyckeltal.yaml': projectYaml,
      'data/tickets.csv': ticketsCsv,
      'sources/tickets.yaml': sourceYaml(),
      'cx/csat.yaml': csatYaml,
    })) {
      mkdirSync(dirname(join(project, path)), { recursive: true });
      writeFileSync(join(project, path), text);
    }
    const result = spawnSync('npx', ['--no-install', 'kpi', 'validate', '--project', 'kpis'], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});
