import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEvents } from './helpers/event-stream.js';
import { copyFixture } from './helpers/serve-fixture.js';
import { type SpawnedServer, spawnServer } from './helpers/spawn-server.js';

let dir: string;
let server: SpawnedServer;
beforeAll(async () => {
  dir = await copyFixture();
  server = await spawnServer(['packages/cli/src/bin.ts', 'serve', '--project', dir, '--port', '0']);
});
afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
  await rm(dir, { recursive: true, force: true });
});

describe('kpi serve', () => {
  it('listens on 127.0.0.1 by default and says where', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.stderr()).toContain(`Serving ${dir} at ${server.url}`);
  });

  it('serves the page and the API', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    expect(page).toContain('<kpi-scorecard src="/api/scorecards/desk" lang="en">');
    expect(page).toContain('/__reload.js');
    expect((await fetch(`${server.url}/api/scorecards/desk`)).status).toBe(200);
  });

  it('recomputes on a changed YAML file and tells the open page to reload', async () => {
    const events = await openEvents(`${server.url}/__events`);
    try {
      const file = join(dir, 'kpis', 'mttr.yaml');
      const text = await readFile(file, 'utf8');
      // Amber up to 12 hours → amber up to 9: October's 31/3 ≈ 10.33 hours turns red.
      await writeFile(
        file,
        text.replace('thresholds: { green: 8, amber: 12 }', 'thresholds: { green: 8, amber: 9 }'),
      );
      const status = async () =>
        (
          (await (await fetch(`${server.url}/api/scorecards/desk`)).json()) as {
            kpis: { id: string; status: string }[];
          }
        ).kpis.find((k) => k.id === 'desk.mttr')?.status;
      const deadline = Date.now() + 10_000;
      let seen = await status();
      while (seen !== 'red' && Date.now() < deadline) {
        await events.next('reload', deadline - Date.now());
        seen = await status();
      }
      expect(seen).toBe('red');
    } finally {
      events.close();
    }
  });

  it('refuses a port that is not a number, as a usage error', async () => {
    await expect(
      spawnServer(['packages/cli/src/bin.ts', 'serve', '--project', dir, '--port', 'http']),
    ).rejects.toThrow(/exited with 2[\s\S]*--port takes a port number/);
  });
});
