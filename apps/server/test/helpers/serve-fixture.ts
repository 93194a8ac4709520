import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type NyckeltalServer, type ServerOptions } from '../../src/create-server.js';
import { listen, type RunningServer } from '../../src/listen.js';

export const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'desk');

/** A fresh copy of the desk fixture in a temporary folder, so a test may change it. */
export async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nyckeltal-server-'));
  await cp(fixtureDir, dir, { recursive: true });
  return dir;
}

/**
 * Adds a source whose SQL burns CPU for a while (`hashes` hashes) while holding one row,
 * and a count KPI on it, `desk.<id>`: a computation that is still running when a test
 * needs one to be (a timeout, a shutdown with a request in flight).
 */
export async function addSlowKpi(dir: string, id: string, hashes: number): Promise<void> {
  await writeFile(
    join(dir, 'sources', `${id}.yaml`),
    `kind: source
id: ${id}
title: { en: ${id} }
from: { sql: "select 'S1' as id, timestamp '2026-10-01 08:00' + to_microseconds((max(hash(i)) % 1000)::bigint) as at from range(${hashes}) t(i)" }
time_zone: UTC
fields:
  id: { type: string, key: true }
  at: timestamp
`,
  );
  await writeFile(
    join(dir, 'kpis', `${id}.yaml`),
    `kind: kpi
id: desk.${id}
version: 1
title: { en: ${id} }
description: A KPI that takes a while to compute.
category: itsm
level: outcome
owner: { name: Desk lead, team: desk }
source: ${id}
measure: count(*)
time: at
unit: count
direction: higher
targets: [{ value: 1 }]
thresholds: { green: 1, amber: 0 }
review: monthly
`,
  );
}

export interface ServedFixture {
  readonly dir: string;
  readonly url: string;
  readonly server: NyckeltalServer;
  readonly running: RunningServer;
  /** Access-log lines written so far. */
  readonly log: string[];
  get(path: string, init?: RequestInit): Promise<Response>;
  write(path: string, text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The desk fixture (copied) served on 127.0.0.1 with an ephemeral port: a real HTTP server.
 *
 * @example
 * const served = await serveFixture({ dev: true });
 * const res = await served.get('/api/scorecards');
 */
export async function serveFixture(
  options: Omit<ServerOptions, 'projectDir'> = {},
  prepare?: (dir: string) => Promise<void>,
): Promise<ServedFixture> {
  const dir = await copyFixture();
  await prepare?.(dir);
  const log: string[] = [];
  const server = await createServer({ projectDir: dir, log: (line) => log.push(line), ...options });
  const running = await listen(server, { port: 0, host: '127.0.0.1' });
  return {
    dir,
    url: running.url,
    server,
    running,
    log,
    get: (path, init) => fetch(`${running.url}${path}`, init),
    write: (path, text) => writeFile(join(dir, path), text),
    async close() {
      await running.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Sends a request over a plain socket with the target exactly as given (fetch and
 * node:http would normalize `..` or refuse raw bytes), and returns the status and the raw
 * body (with any chunk-size lines: fine for "contains" checks).
 *
 * @example
 * await rawGet(url, '/api/scorecards/..%2f..%2fetc%2fpasswd'); // { status: 404, body: '…' }
 */
export function rawGet(
  baseUrl: string,
  target: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<{ status: number; body: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    const extra = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.on('connect', () =>
      socket.write(
        Buffer.from(
          `GET ${target} HTTP/1.1\r\nHost: ${url.host}\r\n${extra}Connection: close\r\n\r\n`,
          'latin1',
        ),
      ),
    );
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
  });
}
