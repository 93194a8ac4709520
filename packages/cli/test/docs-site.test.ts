import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSnapshots } from '@nyckeltal/engine';
import { validateProject } from '@nyckeltal/spec';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProject } from '../src/project/read-project.js';
import { deskProject, mttrYaml, resolvedYaml } from './diff-fixture.js';
import { createRepo, type TempRepo } from './diff-repo.js';
import { runCli } from './run-cli.js';

// One catalog built once: the desk project with two commits to mttr (version 1 → 2), a
// description with markup characters, and snapshots from the engine so trends are embedded.
let repo: TempRepo;
let site: string;
let server: Server;
let origin: string;
let browser: Browser;

const trickyDescription = 'Tickets resolved <b>in</b> the period & all "types" </script>.';

beforeAll(async () => {
  repo = createRepo({
    ...deskProject(),
    'kpis/itsm/resolved.yaml': resolvedYaml.replace(
      'description: Tickets resolved in the period, all types.',
      `description: '${trickyDescription}'`,
    ),
  });
  repo.commit('Desk KPIs', '2026-01-15T10:00:00Z');
  repo.write({
    'kpis/itsm/mttr.yaml': mttrYaml({ version: 2, measure: 'median(hours_between(opened_at, resolved_at))' }),
  });
  repo.commit('MTTR: median instead of mean', '2026-02-20T10:00:00Z');
  const root = join(repo.dir, 'kpis');
  const { model } = validateProject({ root, files: (await readProject(root)).files });
  if (!model) throw new Error('fixture project should be valid');
  const built = await buildSnapshots(model, { now: () => new Date('2026-04-01T00:00:00Z') });
  expect(built.ok).toBe(true);
  const run = await runCli(['docs', '--out', 'site'], { cwd: repo.dir });
  expect(run.code).toBe(0);
  site = join(repo.dir, 'site');
  server = await serveFolder(site);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  repo?.remove();
});

function htmlPages(): string[] {
  const kpiPages = readdirSync(join(site, 'kpi')).map((f) => `kpi/${f}`);
  return ['index.html', 'tree.html', ...kpiPages].sort();
}

describe('kpi docs', () => {
  it('writes an index, a tree, a page and a markdown file per KPI, and the widgets bundle', () => {
    expect(htmlPages()).toEqual([
      'index.html',
      'kpi/cx.csat.html',
      'kpi/itsm.mttr.html',
      'kpi/itsm.resolved.html',
      'tree.html',
    ]);
    expect(readdirSync(join(site, 'markdown')).sort()).toEqual([
      'README.md',
      'cx.csat.md',
      'itsm.mttr.md',
      'itsm.resolved.md',
    ]);
    expect(existsSync(join(site, 'assets', 'widgets.js'))).toBe(true);
  });

  it('shows the change history from git with the version of each commit, newest first', () => {
    const page = readFileSync(join(site, 'kpi', 'itsm.mttr.html'), 'utf8').split('Change history')[1] ?? '';
    const rows = [...page.matchAll(/<tr><td>(\d+)<\/td><td>([\d-]+)<\/td><td>([^<]+)<\/td>/g)].map((m) =>
      m.slice(1, 4),
    );
    expect(rows).toEqual([
      ['2', '2026-02-20', 'MTTR: median instead of mean'],
      ['1', '2026-01-15', 'Desk KPIs'],
    ]);
  });

  it('escapes definition text so it shows as written and adds no markup', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/kpi/itsm.resolved.html`);
    expect(await page.locator('main .lead').textContent()).toBe(trickyDescription);
    expect(await page.locator('main .lead b').count()).toBe(0);
    await page.close();
  });

  it('opens every page over HTTP with no console errors, no failed requests and no broken links', async () => {
    const problems: string[] = [];
    for (const path of htmlPages()) {
      const page = await browser.newPage();
      page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: ${m.text()}`));
      page.on('requestfailed', (r) => problems.push(`${path}: failed ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${path}: ${r.status()} ${r.url()}`));
      await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of links) {
        if (!href.startsWith(origin)) continue;
        const file = join(site, decodeURIComponent(new URL(href).pathname));
        if (!existsSync(file)) problems.push(`${path}: broken link ${href}`);
      }
      if (path.startsWith('kpi/')) {
        // Every KPI has a snapshot here, so the trend draws: wait for its points.
        await page.waitForFunction(
          () =>
            (document.querySelector('kpi-trend')?.shadowRoot?.querySelectorAll('circle.pt').length ?? 0) > 0,
          undefined,
          { timeout: 15_000 },
        );
        // Defined, the trend has its room back (the stylesheet's min-height is 220px).
        const trend = await page.locator('kpi-trend').boundingBox();
        if (!trend || trend.height < 220) problems.push(`${path}: trend box ${JSON.stringify(trend)}`);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('opens from disk (file://) with no console errors, showing the values table instead of the trend', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    for (const path of ['index.html', 'kpi/itsm.mttr.html'])
      await page.goto(pathToFileURL(join(site, path)).href);
    expect(await page.locator('details.values').getAttribute('open')).toBe('');
    // The undefined trend takes no room: the values come right after the line above the trend
    // (only the paragraph's and the details' own margins between them, about 1rem = 16px).
    expect(await page.locator('kpi-trend').boundingBox()).toBeNull();
    const line = await page.locator('p.sub', { hasText: 'From the snapshot' }).boundingBox();
    const values = await page.locator('details.values').boundingBox();
    const gap = values!.y - (line!.y + line!.height);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(40);
    // mttr with the median, incidents by resolved month: Jan median(4, 8) = 6, Feb T4 alone = 24,
    // Mar median(72, 10) = 41 (the median of two values is their mean).
    const rows = await page.$$eval('details.values tbody tr', (trs) =>
      trs.slice(-3).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join('|')),
    );
    expect(rows).toEqual(['2026-01|6|2', '2026-02|24|1', '2026-03|41|2']);
    expect(problems).toEqual([]);
    await page.close();
  });
});

function serveFolder(dir: string): Promise<Server> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.css': 'text/css',
    '.js': 'text/javascript',
    '.md': 'text/markdown',
  };
  const s = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolveServer) => s.listen(0, '127.0.0.1', () => resolveServer(s)));
}
