import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBlock, replaceBlock } from '../src/owners/codeowners-block.js';
import { deskProject, projectYaml } from './diff-fixture.js';
import { createRepo, type TempRepo } from './diff-repo.js';
import { runCli } from './run-cli.js';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

function deskRepo(extra: Record<string, string> = {}): TempRepo {
  repo = createRepo({ ...deskProject(), ...extra });
  return repo;
}

const expectedBlock = `# BEGIN nyckeltal (written by "kpi owners"; change owners: in kpis/nyckeltal.yaml instead)
/kpis/cx/csat.yaml       @acme/cx-team
/kpis/itsm/mttr.yaml     @acme/service-desk
/kpis/itsm/resolved.yaml @acme/service-desk
# END nyckeltal
`;

describe('kpi owners', () => {
  it('appends the block to an existing CODEOWNERS and keeps the lines around it', async () => {
    const r = deskRepo({ CODEOWNERS: '# Repository owners\n* @acme/admins\n' });
    const run = await runCli(['owners'], { cwd: r.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote the nyckeltal block of CODEOWNERS: 3 KPI files.');
    expect(readFileSync(join(r.dir, 'CODEOWNERS'), 'utf8')).toBe(
      `# Repository owners\n* @acme/admins\n\n${expectedBlock}`,
    );
  });

  it('creates .github/CODEOWNERS when there is none, and --check then passes', async () => {
    const r = deskRepo();
    expect((await runCli(['owners'], { cwd: r.dir })).code).toBe(0);
    expect(readFileSync(join(r.dir, '.github/CODEOWNERS'), 'utf8')).toBe(expectedBlock);
    const check = await runCli(['owners', '--check'], { cwd: r.dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('.github/CODEOWNERS is up to date: 3 KPI files.');
  });

  it('fails --check with KPI0705 at the block line when a KPI moved owner since the block was written', async () => {
    const r = deskRepo({
      CODEOWNERS: `* @acme/admins\n${expectedBlock}# trailing rule\n/docs/ @acme/writers\n`,
    });
    r.write({
      'kpis/itsm/resolved.yaml': readFileSync(join(r.dir, 'kpis/itsm/resolved.yaml'), 'utf8').replace(
        'team: service-desk',
        'team: cx',
      ),
    });
    const check = await runCli(['owners', '--check'], { cwd: r.dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('CODEOWNERS:2:1  error  KPI0705');
    // Rewriting replaces the block in place and keeps the rule after it.
    expect((await runCli(['owners'], { cwd: r.dir })).code).toBe(0);
    const text = readFileSync(join(r.dir, 'CODEOWNERS'), 'utf8');
    expect(text).toContain('/kpis/itsm/resolved.yaml @acme/cx-team\n');
    expect(text.endsWith('# END nyckeltal\n# trailing rule\n/docs/ @acme/writers\n')).toBe(true);
  });

  it('reports a team without a handle at the owner line of the KPI, and leaves that KPI out', async () => {
    const r = deskRepo({ 'kpis/nyckeltal.yaml': projectYaml.replace('  cx: "@acme/cx-team"\n', '') });
    const run = await runCli(['owners', '--check'], { cwd: r.dir });
    expect(run.code).toBe(1);
    // cx.csat's owner is on line 8 of the fixture, `team:` at column 46 of
    // "owner: { name: Customer experience lead, team: cx }".
    expect(run.stderr).toContain('kpis/cx/csat.yaml:8:');
    expect(run.stderr).toContain('KPI0703');
    expect(run.stderr).toContain('team "cx", which has no code-review handle');
  });
});

describe('replaceBlock', () => {
  it('is idempotent: putting the same block in twice gives the same text', () => {
    const once = replaceBlock('* @a\n', expectedBlock);
    expect(replaceBlock(once, expectedBlock)).toBe(once);
    expect(findBlock(once)?.line).toBe(3);
  });
});
