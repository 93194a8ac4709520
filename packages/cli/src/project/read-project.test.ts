import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../exit-codes.js';
import { translate } from '../ui/messages.js';
import { locateProject, readProject } from './read-project.js';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);
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

describe('locateProject', () => {
  it('uses --project when given, relative to the current folder', async () => {
    await mkdir(join(dir, 'defs'));
    expect(await locateProject('defs', dir, t)).toBe(join(dir, 'defs'));
  });

  it('prefers the current folder when it has nyckeltal.yaml, then ./kpis/', async () => {
    await mkdir(join(dir, 'kpis'));
    expect(await locateProject(undefined, dir, t)).toBe(join(dir, 'kpis'));
    await put('nyckeltal.yaml', 'kind: project\nname: x\n');
    expect(await locateProject(undefined, dir, t)).toBe(dir);
  });

  it('is a usage error when the folder is missing, is a file, or cannot be found', async () => {
    await expect(locateProject('nope', dir, t)).rejects.toThrow(
      new UsageError('The project folder "nope" does not exist.'),
    );
    await put('file.yaml', 'a: 1');
    await expect(locateProject('file.yaml', dir, t)).rejects.toThrow(/is a file, not a project folder/);
    await expect(locateProject(undefined, dir, t)).rejects.toThrow(/No KPI project here/);
  });
});

describe('readProject', () => {
  it('follows symlinked files, as an author may link a definition in', async () => {
    await put('real/a.yaml', 'x');
    await symlink(join(dir, 'real', 'a.yaml'), join(dir, 'link.yaml'));
    expect((await readProject(dir)).files.map((f) => f.path)).toEqual(['link.yaml', 'real/a.yaml']);
  });
});
