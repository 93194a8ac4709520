import { rm, writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/access-tokens.js';
import { addSlowKpi, copyFixture } from './helpers/serve-fixture.js';
import { spawnServer } from './helpers/spawn-server.js';

let dir: string;
beforeAll(async () => {
  dir = await copyFixture();
  // A hundred million hashes: in flight when the signal comes, done inside the 10 s drain.
  await addSlowKpi(dir, 'slowish', 100_000_000);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the standalone server (src/main.ts)', () => {
  it('takes its tokens from NYCKELTAL_TOKENS and serves the private scorecard to them', async () => {
    const server = await spawnServer(['apps/server/src/main.ts', '--project', dir, '--port', '0'], {
      NYCKELTAL_TOKENS: `leads=${hashToken('from-env')}`,
    });
    try {
      expect((await fetch(`${server.url}/api/scorecards/leads`)).status).toBe(404);
      const res = await fetch(`${server.url}/api/scorecards/leads`, {
        headers: { Authorization: 'Bearer from-env' },
      });
      expect(res.status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });

  it('on SIGTERM finishes the request in flight, stops accepting, and exits 0', async () => {
    const server = await spawnServer(['apps/server/src/main.ts', '--project', dir, '--port', '0']);
    const inFlight = fetch(`${server.url}/api/kpis/desk.slowish`);
    // Signal only once the server reports the computation running, however busy the machine.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const health = (await (await fetch(`${server.url}/health`)).json()) as { computing: number };
      if (health.computing > 0 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    server.child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { kpis: { id: string; value: number }[] }).kpis[0]).toMatchObject({
      id: 'desk.slowish',
      value: 1,
    });
    expect(await server.exited).toBe(0);
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    // The request was still running when the signal came: its log line follows the signal's.
    const log = server.stderr();
    const signalAt = log.indexOf('SIGTERM: finishing requests in flight');
    const requestAt = log.search(/GET \/api\/kpis\/desk\.slowish 200 \d+\.\dms/);
    expect(signalAt).toBeGreaterThan(0);
    expect(requestAt).toBeGreaterThan(signalAt);
  });

  /** How a server that should refuse to start failed; one that did start is stopped and fails the test. */
  const refusal = (args: readonly string[]): Promise<string> =>
    spawnServer(['apps/server/src/main.ts', ...args]).then(
      (started) => {
        started.child.kill('SIGKILL');
        throw new Error(`it started at ${started.url}`);
      },
      (error: Error) => error.message,
    );

  it('refuses to start on a project folder that does not exist, with exit 2, instead of serving nothing', async () => {
    const missing = join(tmpdir(), `nyckeltal-missing-${process.pid}`, 'kpis');
    const message = await refusal(['--project', missing, '--port', '0']);
    expect(message).toMatch(/exited with 2[\s\S]*nyckeltal-missing-\d+\/kpis/);
  });

  it('answers an unknown flag or a port out of range with one line and exit 2, not a stack trace', async () => {
    const unknown = await refusal(['--project', dir, '--prot', '0']);
    expect(unknown).toMatch(/exited with 2[\s\S]*--prot/);
    expect(unknown).not.toMatch(/node:internal/);
    const port = await refusal(['--project', dir, '--port', '70000']);
    expect(port).toMatch(/exited with 2[\s\S]*--port[\s\S]*70000/);
    expect(port).not.toMatch(/ERR_SOCKET_BAD_PORT/);
  });

  it('says in one line that the port is taken, and exits 1, when another program holds it', async () => {
    const holder = createNetServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((holder.address() as AddressInfo).port);
      const message = await refusal(['--project', dir, '--port', port]);
      expect(message).toMatch(new RegExp(`exited with 1[\\s\\S]*cannot listen on 127\\.0\\.0\\.1:${port}`));
      expect(message).not.toMatch(/node:net/);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('refuses to start on definitions with errors, naming the file and line', async () => {
    const broken = await copyFixture();
    try {
      await writeFile(join(broken, 'kpis', 'fcr.yaml'), 'kind: kpi\nid: desk.fcr\nmeasure: share(\n');
      await expect(
        spawnServer(['apps/server/src/main.ts', '--project', broken, '--port', '0']),
      ).rejects.toThrow(/exited with 1[\s\S]*kpis\/fcr\.yaml:\d+:\d+ {2}error {2}KPI/);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});
