import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nativeValue } from './native-engine.js';
import { serveDist } from './serve-dist.js';

// The built site over real HTTP in Debian's Chromium; expected values come from plain SQL
// on native DuckDB (with real ICU) over the same Parquet file, never from the playground —
// or, for business hours with pauses (an SLA policy's clocks), from the native engine over
// the same Parquet files: those tests check the browser path against the native one.
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(app, 'dist');
const data = join(app, 'public/data');
const catalog = join(app, '../../kpis');
const parquet = join(data, 'tickets.parquet');
let server: Server;
let browser: Browser;
let origin: string;
const external: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(dist, 'editor.html')))
    await build({ root: app, configFile: join(app, 'vite.config.ts'), logLevel: 'warn' });
  server = await serveDist(dist);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function openPage(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      external.push(r.url());
  });
  await page.goto(`${origin}/${path}`);
  return { page, problems };
}

/** One number from plain SQL over the Parquet file, on native DuckDB. */
async function plainSql(sql: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const rows = (await connection.runAndReadAll(sql)).getRowObjects();
    return Number(rows[0]?.v);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Tickets resolved in October 2026, Stockholm time, that also pass `filter`. */
const resolvedInOctober = (filter: string) => `from read_parquet('${parquet}')
  where (${filter}) and resolved_at is not null
    and strftime(resolved_at at time zone 'Europe/Stockholm', '%Y-%m') = '2026-10'`;

/** The native engine's value of a KPI for October 2026, optionally with one catalog file edited. */
const nativeOctober = (kpi: string, edit?: { path: string; text: string }) =>
  nativeValue({ catalog, data, kpi, period: '2026-10-01', ...(edit ? { edit } : {}) });

async function editAndWait(page: Page, yaml: string): Promise<void> {
  const before = await valueIn(page, '2026-10-01');
  await page.fill('#kpi-yaml', yaml);
  await page.waitForFunction((was) => {
    const td = document.querySelector('#values tr[data-period="2026-10-01"] td:nth-child(2)');
    return td && Number(td.textContent) !== was;
  }, before);
  expect(await settled(page)).toBe('ready');
}

async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => ['ready', 'invalid', 'error'].includes(document.getElementById('status')?.dataset.state ?? ''),
    null,
    { timeout: 30_000 },
  );
  return page.$eval('#status', (s) => (s as HTMLElement).dataset.state ?? '');
}

async function valueIn(page: Page, period: string): Promise<number> {
  const cell = await page.$eval(
    `#values tr[data-period="${period}"] td:nth-child(2)`,
    (td) => td.textContent,
  );
  return Number(cell);
}

describe('the playground', () => {
  test('the gallery shows every widget in both themes and both languages', async () => {
    const { page, problems } = await openPage('');
    await page.waitForSelector('#gallery[data-ready="service-desk"]');
    const kpis = (
      JSON.parse(readFileSync(join(app, 'public/snapshots/service-desk.json'), 'utf8')) as { kpis: unknown[] }
    ).kpis.length;
    await page.waitForFunction(
      () =>
        document.querySelectorAll('kpi-trend').length === 4 &&
        [...document.querySelectorAll('kpi-trend')].every((t) => t.shadowRoot?.querySelector('circle.pt')),
    );
    const cells = await page.$$eval('.gallery-cell', (els) =>
      els.map((el) => ({
        theme: (el as HTMLElement).dataset.theme,
        lang: el.getAttribute('lang'),
        widgets: ['kpi-scorecard', 'kpi-card', 'kpi-trend', 'kpi-breakdown', 'kpi-tree'].filter((t) =>
          el.querySelector(t),
        ).length,
        cards: el.querySelector('kpi-scorecard')?.shadowRoot?.querySelectorAll('kpi-card').length,
      })),
    );
    // 2 themes × 2 languages; one card per KPI of the snapshot in each scorecard.
    expect(cells.map((c) => `${c.theme}/${c.lang}`)).toEqual(['light/en', 'light/sv', 'dark/en', 'dark/sv']);
    expect(cells.every((c) => c.widgets === 5 && c.cards === kpis)).toBe(true);
    // Every demo scorecard can be picked.
    const picked = await page.$$eval('#snapshot-picker option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(picked.sort()).toEqual([
      'customer-service',
      'employee-experience',
      'executive',
      'it-management',
      'service-desk',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a KPI on an SLA policy runs in the browser and an edit of its measure gives what the native engine gives', async () => {
    // MTTR reads the service-desk-sla policy: business hours in se-office less the time in
    // "Awaiting user info" from the ticket events. Its clocks take the calendar and the pause
    // history, so the expected values are the native engine's over the same Parquet files.
    const { page, problems } = await openPage('editor.html');
    await page.selectOption('#kpi-picker', 'itsm/mttr.yaml');
    expect(await settled(page)).toBe('ready');
    expect(await page.textContent('#sql')).toContain('"src_service_desk_sla"');
    const mean = await nativeOctober('itsm.mttr');
    expect(mean).toBeTypeOf('number');
    expect(await valueIn(page, '2026-10-01')).toBeCloseTo(mean ?? Number.NaN, 3);

    const yaml = (await page.inputValue('#kpi-yaml')).replace('measure: avg(', 'measure: max(');
    await editAndWait(page, yaml);
    const longest = await nativeOctober('itsm.mttr', { path: 'itsm/mttr.yaml', text: yaml });
    expect(longest).toBeGreaterThan(mean ?? Number.POSITIVE_INFINITY);
    expect(await valueIn(page, '2026-10-01')).toBeCloseTo(longest ?? Number.NaN, 3);
    expect(await page.textContent('#sql')).toContain('max("resolution_hours")');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('editing the condition of a plain-source KPI recomputes it in the browser, matching plain SQL', async () => {
    const { page, problems } = await openPage('editor.html');
    await page.selectOption('#kpi-picker', 'itsm/reopen-rate.yaml');
    expect(await settled(page)).toBe('ready');
    // Percent of resolved incidents reopened at least once (4 of 56 in the demo data: 7.14 %).
    const share = (filter: string) =>
      plainSql(`select 100.0 * count_if(reopen_count > 0) / count(*) as v ${resolvedInOctober(filter)}`);
    const incidents = await share(`type = 'incident'`);
    expect(await valueIn(page, '2026-10-01')).toBeCloseTo(incidents, 3);

    const yaml = (await page.inputValue('#kpi-yaml')).replace(
      "where: type = 'incident'",
      "where: type in ('incident', 'request')",
    );
    await editAndWait(page, yaml);
    // Incidents and requests: 6 of 95 = 6.32 %.
    const both = await share(`type in ('incident', 'request')`);
    expect(both).not.toBeCloseTo(incidents, 3);
    expect(await valueIn(page, '2026-10-01')).toBeCloseTo(both, 3);
    const sql = await page.textContent('#sql');
    expect(sql).toContain('"type" in ($2, $3)');
    expect(sql).toContain('-- $3 = "request"');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a business-hours KPI gives in the browser what the native engine gave for the demo snapshot', async () => {
    // Not an independent value: a check that the browser's plumbing (Parquet via Arrow,
    // calendar tables, the ICU stand-in) matches the engine on native DuckDB with real ICU.
    const snapshot = JSON.parse(readFileSync(join(app, 'public/snapshots/service-desk.json'), 'utf8')) as {
      period: { start: string };
      kpis: { id: string; value: number | null }[];
    };
    const frt = snapshot.kpis.find((k) => k.id === 'itsm.frt');
    const { page, problems } = await openPage('editor.html');
    await page.selectOption('#kpi-picker', 'itsm/frt.yaml');
    expect(await settled(page)).toBe('ready');
    expect(frt?.value).toBeTypeOf('number');
    expect(await valueIn(page, snapshot.period.start)).toBeCloseTo(frt?.value ?? Number.NaN, 4);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a misspelt field is reported at its line and column, in the list and the gutter', async () => {
    const { page } = await openPage('editor.html');
    await page.selectOption('#kpi-picker', 'itsm/mttr.yaml');
    await settled(page);
    const yaml = (await page.inputValue('#kpi-yaml')).replace(
      'avg(resolution_hours)',
      'avg(resolution_hour)',
    );
    const lines = yaml.split('\n');
    const line = lines.findIndex((l) => l.startsWith('measure:')) + 1;
    const column = (lines[line - 1] ?? '').indexOf('resolution_hour') + 1;
    await page.fill('#kpi-yaml', yaml);
    expect(await settled(page)).toBe('invalid');
    const issues = await page.$$eval('#issues li.error', (items) =>
      items.map((li) => ({
        position: li.querySelector('.position')?.textContent,
        message: li.querySelector('.message')?.textContent ?? '',
      })),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.position).toBe(`${line}:${column}`);
    expect(issues[0]?.message).toContain('resolution_hour');
    expect(
      await page.$$eval('.gutter-line.marked-error', (els) =>
        els.map((e) => (e as HTMLElement).dataset.line),
      ),
    ).toEqual([String(line)]);
    await page.close();
  });

  test('the pages fetch nothing from outside the site (they work offline)', () => {
    expect(external).toEqual([]);
  });
});
