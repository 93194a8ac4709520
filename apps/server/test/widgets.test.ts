import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedFixture, serveFixture } from './helpers/serve-fixture.js';

let bundleDir: string;
let built: ServedFixture;
let unbuilt: ServedFixture;
const BUNDLE = 'export const marker = "widgets bundle";\n';

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'nyckeltal-widgets-'));
  await writeFile(join(bundleDir, 'widgets.js'), BUNDLE);
  built = await serveFixture({ widgetsFile: join(bundleDir, 'widgets.js') });
  unbuilt = await serveFixture({ widgetsFile: join(bundleDir, 'not-built.js') });
});
afterAll(async () => {
  await Promise.all([built.close(), unbuilt.close()]);
  await rm(bundleDir, { recursive: true, force: true });
});

describe('GET /widgets.js', () => {
  it('serves the bundle as JavaScript with an ETag, and 304 when unchanged', async () => {
    const res = await built.get('/widgets.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await res.text()).toBe(BUNDLE);
    const again = await built.get('/widgets.js', { headers: { 'If-None-Match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves a rebuilt bundle without a restart', async () => {
    await writeFile(join(bundleDir, 'widgets.js'), `${BUNDLE}// rebuilt, longer\n`);
    expect(await (await built.get('/widgets.js')).text()).toContain('rebuilt');
  });

  it('can be loaded cross-origin by an allowed intranet page (module scripts need CORS)', async () => {
    const res = await built.get('/widgets.js', { headers: { Origin: 'https://intranet.example.org' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://intranet.example.org');
  });

  it('answers 503 saying how to build the bundle when it is not built', async () => {
    const res = await unbuilt.get('/widgets.js');
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('widgets_not_built');
    expect(body.error.message).toContain('pnpm --filter @nyckeltal/widgets build');
  });

  it('finds the built bundle of @nyckeltal/widgets by default', async () => {
    const { locateWidgetsBundle } = await import('../src/widgets-bundle.js');
    expect(locateWidgetsBundle()).toMatch(/packages\/widgets\/dist\/widgets\.js$/);
  });
});
