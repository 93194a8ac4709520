import { appendFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ProjectWatcher, scanProject, watchProject } from './watch-project.js';

let dir: string;
let watcher: ProjectWatcher | undefined;
let calls = 0;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nyckeltal-watch-'));
  await mkdir(join(dir, 'kpis'));
  await writeFile(join(dir, 'nyckeltal.yaml'), 'kind: project\nname: Watched\n');
  await writeFile(join(dir, 'kpis', 'mttr.yaml'), 'kind: kpi\nid: a.mttr\n');
  calls = 0;
});
afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** Starts watching `dir`, events only unless a poll interval is given. */
async function start(options: { pollMs?: number; debounceMs?: number; extra?: string[] } = {}) {
  watcher = watchProject(dir, () => calls++, {
    ignored: () => 'build/snapshots',
    extraFiles: () => options.extra ?? [],
    pollMs: options.pollMs ?? 0,
    debounceMs: options.debounceMs ?? 50,
  });
  await watcher.ready;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until onChange has been called more than `before` times; fails after 5 s. */
async function changed(before: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (calls <= before) {
    if (Date.now() > deadline) throw new Error('the change was never noticed');
    await sleep(20);
  }
}

/** Saves as sed -i and many editors do: a new file renamed over the old one. */
async function saveByRename(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp~`, text);
  await rename(`${file}.tmp~`, file);
}

describe('watchProject', () => {
  it('notices every save by rename of the same file, and appends in place after them', async () => {
    await start();
    const file = join(dir, 'kpis', 'mttr.yaml');
    for (const text of ['kind: kpi\nid: a.b\n', 'kind: kpi\nid: a.mttr\n', 'kind: kpi\nid: a.c\n']) {
      const before = calls;
      await saveByRename(file, text);
      await changed(before);
    }
    const before = calls;
    await appendFile(file, 'title: { en: MTTR }\n');
    await changed(before);
    expect(await readFile(file, 'utf8')).toBe('kind: kpi\nid: a.c\ntitle: { en: MTTR }\n');
  });

  it('notices a new file in a new subfolder, and later edits there', async () => {
    await start();
    let before = calls;
    await mkdir(join(dir, 'kpis', 'cx', 'survey'), { recursive: true });
    await writeFile(join(dir, 'kpis', 'cx', 'survey', 'csat.yaml'), 'kind: kpi\nid: cx.csat\n');
    await changed(before);
    // The new folder is now watched itself: an edit inside it is an event of its own.
    await sleep(200);
    before = calls;
    await appendFile(join(dir, 'kpis', 'cx', 'survey', 'csat.yaml'), 'version: 2\n');
    await changed(before);
  });

  it('calls once for a burst of saves', async () => {
    await start({ debounceMs: 300 });
    await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((n) =>
        writeFile(join(dir, 'kpis', `${n}.yaml`), `kind: kpi\nid: x.${n}\n`),
      ),
    );
    await changed(0);
    await sleep(700);
    expect(calls).toBe(1);
  });

  it('ignores dot-folders, node_modules, the output folder and files that are not YAML', async () => {
    await mkdir(join(dir, '.git'));
    await mkdir(join(dir, 'node_modules', 'x'), { recursive: true });
    await mkdir(join(dir, 'build', 'snapshots'), { recursive: true });
    await start();
    await writeFile(join(dir, '.git', 'index.yaml'), 'x: 1\n');
    await writeFile(join(dir, 'node_modules', 'x', 'package.yaml'), 'x: 1\n');
    await writeFile(join(dir, 'build', 'snapshots', 'desk.yaml'), 'x: 1\n');
    await writeFile(join(dir, 'kpis', 'notes.md'), '# notes\n');
    await sleep(600);
    expect(calls).toBe(0);
  });

  it('notices a changed data file outside the folder by polling', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'nyckeltal-data-'));
    try {
      const csv = join(outside, 'tickets.csv');
      await writeFile(csv, 'id\n1\n');
      await start({ pollMs: 100, extra: [csv] });
      await appendFile(csv, '2\n');
      await changed(0);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('stays silent after close', async () => {
    await start({ pollMs: 50 });
    watcher?.close();
    await saveByRename(join(dir, 'kpis', 'mttr.yaml'), 'kind: kpi\nid: a.z\n');
    await sleep(400);
    expect(calls).toBe(0);
  });
});

describe('scanProject', () => {
  it('lists the folders to watch and a signature that changes with a YAML file, not with others', async () => {
    await mkdir(join(dir, 'build', 'snapshots'), { recursive: true });
    const first = await scanProject(dir, 'build/snapshots', []);
    expect(first.folders).toEqual([dir, join(dir, 'build'), join(dir, 'kpis')]);
    expect(first.signature.split('\n')).toHaveLength(2);
    await writeFile(join(dir, 'build', 'snapshots', 'x.yaml'), 'x: 1\n');
    await writeFile(join(dir, 'kpis', 'readme.txt'), 'hello\n');
    expect((await scanProject(dir, 'build/snapshots', [])).signature).toBe(first.signature);
    await appendFile(join(dir, 'kpis', 'mttr.yaml'), '#\n');
    expect((await scanProject(dir, 'build/snapshots', [])).signature).not.toBe(first.signature);
  });
});
