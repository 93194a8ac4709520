import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSite, startStaticServer } from '../serve-static.js';

// The page as a reader gets it: the built bundle over real HTTP in Debian's Chromium.
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!existsSync(join(defaultSite.bundleDir, 'widgets.js'))) {
    const root = join(defaultSite.bundleDir, '..');
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  server = await startStaticServer(defaultSite, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe('the intranet example page', () => {
  test('renders the scorecard, trend, tree and breakdown from one script tag without errors', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${origin}/`);
    // Each element fetches on its own; wait until all four have drawn.
    await page.waitForFunction(() =>
      [
        'kpi-scorecard kpi-card',
        'kpi-trend circle.pt',
        'kpi-tree [role=treeitem]',
        'kpi-breakdown [part=bar]',
      ].every((s) => {
        const [host, inner] = s.split(' ') as [string, string];
        return (document.querySelector(host)?.shadowRoot?.querySelectorAll(inner).length ?? 0) > 0;
      }),
    );
    const counts = await page.evaluate(() => ({
      cards: document.querySelector('kpi-scorecard')!.shadowRoot!.querySelectorAll('kpi-card').length,
      trendPoints: document.querySelector('kpi-trend')!.shadowRoot!.querySelectorAll('circle.pt').length,
      treeItems: document.querySelector('kpi-tree')!.shadowRoot!.querySelectorAll('[role=treeitem]').length,
      bars: document.querySelector('kpi-breakdown')!.shadowRoot!.querySelectorAll('[part=bar]').length,
      errors: document.getElementById('errors')!.textContent,
    }));
    // fixture: 6 KPIs; mttr has 13 periods, all with values; the csat tree has 8 visible nodes;
    // mttr's priority breakdown has 4 rows
    expect(counts).toEqual({ cards: 6, trendPoints: 13, treeItems: 8, bars: 4, errors: '' });
    expect(problems.join('\n')).toBe('');
    await page.close();
  });

  test('shows the three embed lines as text', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const code = await page.textContent('pre code');
    expect(code?.split('\n')).toEqual([
      '<script type="module" src="/widgets.js"></script>',
      '<kpi-scorecard src="/snapshots/service-desk.json" lang="sv"></kpi-scorecard>',
      '<kpi-trend src="/snapshots/service-desk.json" kpi="itsm.mttr"></kpi-trend>',
    ]);
    await page.close();
  });

  test('switching to Swedish re-renders the widgets in Swedish', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(
      () => !!document.querySelector('kpi-trend')?.shadowRoot?.querySelector('[part=value]'),
    );
    await page.selectOption('#lang', 'sv');
    const value = await page.evaluate(async () => {
      const trend = document.querySelector('kpi-trend') as HTMLElement & { updateComplete: Promise<unknown> };
      await trend.updateComplete;
      return trend.shadowRoot!.querySelector('[part=value]')!.textContent;
    });
    expect(value).toBe('9 tim 24 min');
    await page.close();
  });
});
