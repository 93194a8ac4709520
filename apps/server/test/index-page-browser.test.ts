import { execFileSync } from 'node:child_process';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_WIDGETS_COMMAND, locateWidgetsBundle } from '../src/widgets-bundle.js';
import { type ServedFixture, serveFixture } from './helpers/serve-fixture.js';
import { repoRoot } from './helpers/spawn-server.js';

// The index page as a person sees it: Debian's Chromium on the real widget bundle, over real HTTP.
let browser: Browser;
let english: ServedFixture;
let swedishDev: ServedFixture;

beforeAll(async () => {
  if (!locateWidgetsBundle()) {
    const [command = 'pnpm', ...args] = BUILD_WIDGETS_COMMAND.split(' ');
    execFileSync(command, args, { cwd: repoRoot, stdio: 'ignore' });
  }
  english = await serveFixture();
  swedishDev = await serveFixture({ dev: true }, async (dir) => {
    const file = join(dir, 'nyckeltal.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('language: en', 'language: sv'));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([english?.close(), swedishDev?.close()]);
});

/** Opens a page and records every console error, page error, failed request and error status. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  await page.goto(url);
  return { page, problems };
}

/** Waits until the widget has drawn the scorecard's cards. */
async function drawn(page: Page): Promise<void> {
  await page.locator('kpi-scorecard kpi-card').first().waitFor({ timeout: 30_000 });
}

describe('the index page in Chromium', () => {
  it('loads without a console error or a failed request, and shows each scorecard once', async () => {
    const { page, problems } = await open(`${english.url}/`);
    try {
      await drawn(page);
      // Let anything late (the favicon, module imports) come in before judging.
      await page.waitForTimeout(500);
      expect(problems).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.title()).toBe('Server test desk');
      // One scorecard heading: the widget's (locators see into its shadow root). The fixture's
      // title has markup characters, drawn as text.
      const headings = page.locator('h2');
      expect(await headings.allTextContents()).toEqual(['Desk <b>&</b> "team"']);
      expect(await page.locator('.about').textContent()).toBe(
        'Numbers for <script>alert(1)</script> the desk · For: Desk team',
      );
      // The line sits in the widget's description slot: under its title, above its cards.
      expect(await page.locator('.about').evaluate((p) => p.assignedSlot?.name)).toBe('description');
      const title = await headings.first().boundingBox();
      const about = await page.locator('.about').boundingBox();
      const firstCard = await page.locator('kpi-scorecard kpi-card').first().boundingBox();
      expect(about && title && about.y >= title.y + title.height).toBe(true);
      expect(about && firstCard && about.y + about.height <= firstCard.y).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('speaks the project language, and follows ?lang=', async () => {
    const { page, problems } = await open(`${swedishDev.url}/`);
    try {
      await drawn(page);
      await page.waitForTimeout(500);
      expect(problems).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
      expect(await page.locator('.about').textContent()).toContain('För: Desk team');
      expect(await page.locator('kpi-scorecard').getAttribute('lang')).toBe('sv');
      await page.goto(`${swedishDev.url}/?lang=en`);
      await drawn(page);
      expect(await page.locator('.about').textContent()).toContain('For: Desk team');
      expect(await page.locator('kpi-scorecard').getAttribute('lang')).toBe('en');
    } finally {
      await page.close();
    }
  });

  it('reloads itself in development when a file is saved by rename, broken and fixed', async () => {
    const { page, problems } = await open(`${swedishDev.url}/`);
    const file = join(swedishDev.dir, 'kpis', 'mttr.yaml');
    const good = await readFile(file, 'utf8');
    const saveByRename = async (text: string) => {
      await writeFile(`${file}.tmp`, text);
      await rename(`${file}.tmp`, file);
    };
    try {
      await drawn(page);
      await saveByRename(good.replace('unit: hours', 'unit: hourz'));
      // No navigation by the test: the page's own event stream reloads it.
      const alert = page.locator('.issues h2');
      await alert.waitFor({ timeout: 10_000 });
      expect(await alert.textContent()).toBe('Definitionerna har 1 fel');
      expect(await page.title()).toBe('Server test desk');
      expect(await page.locator('.issues li.error code').textContent()).toMatch(/^kpis\/mttr\.yaml:\d+:\d+$/);
      expect(await page.locator('.issues li.error .hint').count()).toBe(1);
      await saveByRename(good);
      await drawn(page);
      // Each reload ends what the page had open — its event stream, and a snapshot fetch when
      // the reload comes mid-way (Chromium reports those as aborted, and logs nothing);
      // anything else (an HTTP error, a console error) would be a problem.
      expect(problems.filter((p) => !p.endsWith(' net::ERR_ABORTED'))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
