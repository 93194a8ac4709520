import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READ_LIMIT_BYTES, readProjectFiles } from '../src/read-project-files.js';

let dir: string;

async function put(path: string, text: string) {
  await mkdir(join(dir, path, '..'), { recursive: true });
  await writeFile(join(dir, path), text);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-read-project-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readProjectFiles', () => {
  it('reads every .yaml and .yml file as bytes with sorted posix paths relative to the root', async () => {
    await put('nyckeltal.yaml', 'kind: project\n');
    await put('itsm/mttr.yaml', 'kind: kpi\n');
    await put('sources/tickets.yml', 'kind: source\n');
    await put('README.md', '# not a definition');
    const project = await readProjectFiles(dir);
    expect(project.files.map((f) => f.path)).toEqual([
      'itsm/mttr.yaml',
      'nyckeltal.yaml',
      'sources/tickets.yml',
    ]);
    expect(new TextDecoder().decode(project.files[0]!.text)).toBe('kind: kpi\n');
    expect(project.fileCount).toBe(3);
    expect(project.issues).toEqual([]);
  });

  it('skips node_modules, dot-folders and the build output folder named in nyckeltal.yaml', async () => {
    await put('nyckeltal.yaml', 'kind: project\nout: ./site/out/\n');
    await put('node_modules/x/a.yaml', 'x');
    await put('.github/workflows/ci.yml', 'x');
    await put('site/out/snap.yaml', 'x');
    await put('site/page.yaml', 'x');
    await put('build/snapshots/kept.yaml', 'x');
    const paths = (await readProjectFiles(dir)).files.map((f) => f.path);
    expect(paths).toEqual(['build/snapshots/kept.yaml', 'nyckeltal.yaml', 'site/page.yaml']);
  });

  it('skips build/snapshots by default', async () => {
    await put('build/snapshots/a.yaml', 'x');
    await put('a.yaml', 'x');
    expect((await readProjectFiles(dir)).files.map((f) => f.path)).toEqual(['a.yaml']);
  });

  it('follows no symlinked folder (they can loop), and symlinked files only when asked', async () => {
    await put('real/a.yaml', 'x');
    await symlink(join(dir, 'real', 'a.yaml'), join(dir, 'link.yaml'));
    await symlink(dir, join(dir, 'loop'));
    expect((await readProjectFiles(dir)).files.map((f) => f.path)).toEqual(['real/a.yaml']);
    const followed = await readProjectFiles(dir, { followFileLinks: true });
    expect(followed.files.map((f) => f.path)).toEqual(['link.yaml', 'real/a.yaml']);
  });

  it('does not read a file over the read limit but reports it as too large', async () => {
    await put('huge.yaml', '');
    // A sparse file: its size is past the limit without writing 20 MB to disk.
    await truncate(join(dir, 'huge.yaml'), READ_LIMIT_BYTES + 1);
    await put('ok.yaml', 'kind: kpi\n');
    const project = await readProjectFiles(dir);
    expect(project.files.map((f) => f.path)).toEqual(['ok.yaml']);
    expect(project.fileCount).toBe(2);
    expect(project.issues).toHaveLength(1);
    expect(project.issues[0]).toMatchObject({
      code: 'KPI0001',
      severity: 'error',
      file: 'huge.yaml',
      line: 1,
    });
    // 20 MiB + 1 byte = 20.000001 MB, shown as 20.0 MB; spec's limit for a definition file is 1 MB.
    expect(project.issues[0]!.message).toBe(
      'This file is 20.0 MB, more than the 1.0 MB a definition file may be.',
    );
  });
});
