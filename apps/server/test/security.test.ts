import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, parseTokens } from '../src/access-tokens.js';
import { rawGet, type ServedFixture, serveFixture } from './helpers/serve-fixture.js';

// A file outside the project that a traversal would reach, with a marker it must never leak.
const SECRET = 'TOP-SECRET-OUTSIDE-THE-PROJECT';
const LEADS_TOKEN = 'leads-token-0123456789';

let served: ServedFixture;
beforeAll(async () => {
  const { table } = parseTokens(`leads=${hashToken(LEADS_TOKEN)}`, 'test');
  served = await serveFixture({ tokens: table }, async (dir) => {
    await writeFile(join(dir, '..', 'secret.json'), JSON.stringify({ secret: SECRET }));
    await writeFile(join(dir, 'secret.json'), JSON.stringify({ secret: SECRET }));
  });
});
afterAll(() => served.close());

const traversals = [
  '..',
  '../secret.json',
  '..%2fsecret.json',
  '%2e%2e',
  '%2e%2e%2fsecret.json',
  '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  '..%252f..%252fetc%252fpasswd',
  '%2fetc%2fpasswd',
  '/etc/passwd',
  '%2Fwork%2Fsecret.json',
  '..%5c..%5csecret.json',
  'desk%00',
  'desk%00.json',
  '%00',
  'C:%5cWindows%5cwin.ini',
  'desk/../leads',
  'desk%2f..%2fleads',
  'secret.json',
  'nyckeltal.yaml',
  'data%2fdesk.csv',
];

describe('path parameters never reach the file system', () => {
  for (const route of ['/api/scorecards/', '/api/kpis/']) {
    for (const attempt of traversals) {
      it(`answers 404 to ${route}${attempt}, reading nothing outside the project`, async () => {
        const res = await rawGet(served.url, `${route}${attempt}`);
        expect(res.status).toBe(404);
        expect(res.body).not.toContain(SECRET);
        expect(res.body).not.toContain('root:');
        expect(res.body).not.toContain('Leads only');
      });
    }
  }

  it('serves nothing but the fixed routes: data and definition files are not reachable by name', async () => {
    for (const target of [
      '/data/desk.csv',
      '/nyckeltal.yaml',
      '/secret.json',
      '/../secret.json',
      '/widgets.js/../secret.json',
      '/%2e%2e/secret.json',
    ]) {
      const res = await rawGet(served.url, target);
      expect(res.status, target).toBe(404);
      expect(res.body).not.toContain(SECRET);
    }
  });
});

describe('bad requests', () => {
  it('answers 400 as JSON to a raw backslash in the path, before any route reads it', async () => {
    for (const target of [
      '/api/scorecards/..\\..\\secret.json',
      '/api/kpis/..\\secret.json',
      '/\\etc\\passwd',
    ]) {
      const res = await rawGet(served.url, target);
      expect(res.status, target).toBe(400);
      expect(res.body).toContain('"bad_request"');
      expect(res.body).not.toContain(SECRET);
    }
  });

  it('answers 414 to an over-long address, whatever its length', async () => {
    for (const length of [3000, 40_000]) {
      const res = await rawGet(served.url, `/api/scorecards/${'a'.repeat(length)}`);
      expect(res.status, String(length)).toBe(414);
      expect(res.body).toContain('"uri_too_long"');
    }
    const query = await rawGet(served.url, `/api/scorecards/desk?period=${'9'.repeat(5000)}`);
    expect(query.status).toBe(414);
  });

  it('answers 404 with a JSON error for unknown scorecard and KPI ids', async () => {
    for (const path of ['/api/scorecards/nope', '/api/kpis/desk.nope', '/api/scorecards/DESK']) {
      const res = await served.get(path);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});

describe('private scorecards', () => {
  it('answers 404 without a token, exactly as for an id that does not exist', async () => {
    const hidden = await served.get('/api/scorecards/leads');
    const missing = await served.get('/api/scorecards/leadz');
    expect(hidden.status).toBe(404);
    expect(((await hidden.json()) as { error: unknown }).error).toEqual({
      code: 'not_found',
      message: 'There is no scorecard "leads".',
    });
    expect(missing.status).toBe(404);
  });

  it('answers 404 to a wrong token, a token of another scheme, and an over-long header', async () => {
    for (const authorization of [
      'Bearer wrong-token',
      `Bearer ${LEADS_TOKEN}x`,
      `Basic ${LEADS_TOKEN}`,
      `Bearer ${hashToken(LEADS_TOKEN)}`,
      `Bearer ${'x'.repeat(10_000)}`,
    ]) {
      const res = await served.get('/api/scorecards/leads', { headers: { Authorization: authorization } });
      expect(res.status, authorization.slice(0, 30)).toBe(404);
    }
  });

  it('answers 200 with a valid token, marked private so no shared cache keeps it', async () => {
    const res = await served.get('/api/scorecards/leads', {
      headers: { Authorization: `Bearer ${LEADS_TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(res.headers.get('vary')).toContain('Authorization');
    const snapshot = (await res.json()) as {
      scorecard: { id: string };
      kpis: { id: string; value: number }[];
    };
    expect(snapshot.scorecard.id).toBe('leads');
    expect(snapshot.kpis.map((k) => k.id)).toEqual(['desk.fcr']);
  });

  it('lists the private scorecard only to a valid token', async () => {
    const ids = async (headers: Record<string, string>) =>
      (
        (await (await served.get('/api/scorecards', { headers })).json()) as { scorecards: { id: string }[] }
      ).scorecards.map((s) => s.id);
    expect(await ids({})).toEqual(['desk']);
    expect(await ids({ Authorization: 'Bearer nope' })).toEqual(['desk']);
    expect(await ids({ Authorization: `Bearer ${LEADS_TOKEN}` })).toEqual(['desk', 'leads']);
  });

  it('keeps the private scorecard off the index page and out of every error message', async () => {
    const page = await (await served.get('/')).text();
    expect(page).not.toContain('Leads only');
    expect(page).not.toContain('/api/scorecards/leads');
    for (const path of [
      '/api/scorecards/lead',
      '/api/scorecards/x?period=bad',
      '/api/scorecards/desk?period=bad',
      '/api/kpis/x',
    ]) {
      const body = await (await served.get(path)).text();
      expect(body, path).not.toContain('leads');
      expect(body, path).not.toContain('Leads only');
    }
  });
});

describe('the index page', () => {
  it('escapes every project-provided text', async () => {
    const page = await (await served.get('/')).text();
    expect(page).toContain(
      '<p class="about" slot="description">Numbers for &lt;script&gt;alert(1)&lt;/script&gt; the desk · For: Desk team</p>',
    );
    // The title is the widget's to draw (from the API's JSON), never the page's raw HTML.
    expect(page).not.toContain('<b>');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('<kpi-scorecard src="/api/scorecards/desk" lang="en">');
  });
});
