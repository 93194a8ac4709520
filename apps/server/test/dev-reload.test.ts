import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEvents } from './helpers/event-stream.js';
import { type ServedFixture, serveFixture } from './helpers/serve-fixture.js';

/**
 * Waits for reload events until the page passes `check`: the watcher may also report the
 * fixture's own copying, so the first event is not necessarily the edit's.
 */
async function reloadUntil(
  events: Awaited<ReturnType<typeof openEvents>>,
  check: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    await events.next('reload', Math.max(1, deadline - Date.now()));
    if (await check()) return;
  }
  throw new Error('the page never showed the change');
}

let served: ServedFixture;
beforeAll(async () => {
  served = await serveFixture({ dev: true });
});
afterAll(() => served.close());

describe('development mode (kpi serve)', () => {
  it('serves the page with the reload script and no browser caching', async () => {
    const page = await (await served.get('/')).text();
    expect(page).toContain('<script type="module" src="/__reload.js"></script>');
    const script = await (await served.get('/__reload.js')).text();
    expect(script).toContain("new EventSource('/__events')");
    const snapshot = await served.get('/api/scorecards/desk');
    expect(snapshot.headers.get('cache-control')).toBe('no-cache');
  });

  it('reloads the open page when a YAML file changes, and serves the change', async () => {
    const events = await openEvents(`${served.url}/__events`);
    try {
      const file = join(served.dir, 'scorecards', 'desk.yaml');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/^description: .*$/m, 'description: Renamed desk numbers'));
      const page = () => served.get('/').then((r) => r.text());
      await reloadUntil(events, async () => (await page()).includes('Renamed desk'));
      expect(await page()).toContain(
        '<p class="about" slot="description">Renamed desk numbers · For: Desk team</p>',
      );
    } finally {
      events.close();
    }
  });

  it('shows the issues with file and line instead of numbers while a definition is broken, then recovers', async () => {
    const events = await openEvents(`${served.url}/__events`);
    const file = join(served.dir, 'kpis', 'mttr.yaml');
    const good = await readFile(file, 'utf8');
    try {
      // Line 10 is the measure; "resolved_att" is no field of the source.
      expect(good.split('\n')[9]).toBe('measure: avg(hours_between(opened_at, resolved_at))');
      await writeFile(
        file,
        good.replace(
          'measure: avg(hours_between(opened_at, resolved_at))',
          'measure: avg(hours_between(opened_at, resolved_att))',
        ),
      );
      await reloadUntil(events, async () => (await served.get('/api/scorecards/desk')).status === 503);
      const page = await (await served.get('/')).text();
      expect(page).toMatch(/<code>kpis\/mttr\.yaml:10:39<\/code> error KPI0201/);
      expect(page).toContain(
        '<span class="hint">Use a field declared under fields: in the source file, or declare &quot;resolved_att&quot; there.</span>',
      );
      // nyckeltal.yaml itself is fine, so the page keeps the project's name.
      expect(page).toContain('<title>Server test desk</title>');
      expect(page).not.toContain('<kpi-scorecard');
      const api = await served.get('/api/scorecards/desk');
      expect(api.status).toBe(503);
      const body = (await api.json()) as { error: { code: string; issues: unknown[] } };
      expect(body.error.code).toBe('project_invalid');
      // Column 39: "measure: " (9) + "avg(" (4) + "hours_between(" (14) + "opened_at, " (11) = 38 characters before it.
      expect(body.error.issues).toEqual([
        {
          code: 'KPI0201',
          message: expect.stringContaining('"resolved_att"'),
          hint: 'Use a field declared under fields: in the source file, or declare "resolved_att" there.',
          file: 'kpis/mttr.yaml',
          line: 10,
          column: 39,
        },
      ]);

      await writeFile(file, good);
      await reloadUntil(events, async () => (await served.get('/api/scorecards/desk')).status === 200);
      const fixed = await (await served.get('/')).text();
      expect(fixed).toContain('<kpi-scorecard src="/api/scorecards/desk"');
      expect((await served.get('/api/scorecards/desk')).status).toBe(200);
    } finally {
      events.close();
    }
  });

  it('keeps noticing a file saved by rename (sed -i, many editors), appends, and new subfolders', async () => {
    const events = await openEvents(`${served.url}/__events`);
    const file = join(served.dir, 'kpis', 'mttr.yaml');
    const good = await readFile(file, 'utf8');
    const saveByRename = async (text: string) => {
      await writeFile(`${file}.sedAbc12`, text);
      await rename(`${file}.sedAbc12`, file);
    };
    const status = async () => (await served.get('/api/scorecards/desk')).status;
    try {
      // (a) broken by a save-by-rename: the API and the page show the error.
      await saveByRename(good.replace('unit: hours', 'unit: hourz'));
      await reloadUntil(events, async () => (await status()) === 503);
      expect(await (await served.get('/')).text()).toMatch(/<code>kpis\/mttr\.yaml:\d+:\d+<\/code>/);
      // (b) fixed by another save-by-rename of the same file: numbers again.
      await saveByRename(good);
      await reloadUntil(events, async () => (await status()) === 200);
      // (c) an append in place to the file renamed over twice: a duplicate key breaks it.
      await appendFile(file, 'unit: hours\n');
      await reloadUntil(events, async () => (await status()) === 503);
      await saveByRename(good);
      await reloadUntil(events, async () => (await status()) === 200);
      // (d) a new scorecard in a new subfolder.
      await mkdir(join(served.dir, 'scorecards', 'more', 'deep'), { recursive: true });
      await writeFile(
        join(served.dir, 'scorecards', 'more', 'deep', 'extra.yaml'),
        'kind: scorecard\nid: extra\ntitle: { en: Extra }\naudience: Everyone\nkpis: [desk.fcr]\n',
      );
      const ids = async () =>
        (
          (await (await served.get('/api/scorecards')).json()) as { scorecards: { id: string }[] }
        ).scorecards.map((c) => c.id);
      await reloadUntil(events, async () => (await ids()).includes('extra'));
      expect(await ids()).toEqual(['desk', 'extra']);
    } finally {
      events.close();
    }
  });
});
