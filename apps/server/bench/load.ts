// Load test of the server on loopback (DESIGN.md's issue 8, item 2). Run from the repository root:
//   pnpm --filter @nyckeltal/server bench            (or: npx tsx apps/server/bench/load.ts)
// Options: --duration <s> (default 30, the cached run), --cold-duration <s> (default 20), --rows <n> (default 100000).
//
// It builds a project in a temporary folder (the desk test fixture with a generated CSV of
// `rows` tickets), starts src/main.ts as its own process on 127.0.0.1 with an ephemeral port,
// and drives it with autocannon from this process:
//   1. cached: 200 concurrent clients for `duration` seconds on one snapshot computed beforehand;
//   2. cold:   50 concurrent clients for `cold-duration` seconds, each request a period not yet
//              computed (day periods, never repeated), so every answer is a fresh computation.
// It prints requests/s, p50, p99 and errors for each run, as a Markdown table.
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    'cold-duration': { type: 'string', default: '20' },
    rows: { type: 'string', default: '100000' },
  },
});
const duration = Number(values.duration);
const coldDuration = Number(values['cold-duration']);
const rows = Number(values.rows);

/** A deterministic ticket export: `rows` tickets over 2025-01-01 … 2026-10-31 (UTC). */
function ticketsCsv(count: number): string {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const start = Date.UTC(2025, 0, 1);
  const span = Date.UTC(2026, 9, 31) - start;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  const lines = ['id,type,channel,opened_at,resolved_at,first_contact'];
  for (let i = 0; i < count; i++) {
    const opened = start + Math.floor(random() * span);
    const resolved = opened + Math.floor(random() * 72 * 3600_000);
    const type = random() < 0.7 ? 'incident' : 'request';
    const channel = ['phone', 'email', 'portal'][Math.floor(random() * 3)];
    lines.push(`T${i},${type},${channel},${iso(opened)},${iso(resolved)},${random() < 0.65}`);
  }
  return `${lines.join('\n')}\n`;
}

function startServer(project: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'apps/server/src/main.ts', '--project', project, '--port', '0'],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const url = / at (http:\/\/127\.0\.0\.1:\d+)/.exec(seen)?.[1];
      if (url) {
        // Keep draining the access log so the pipe never blocks the server.
        child.stderr?.off('data', onData);
        child.stderr?.on('data', () => {});
        resolve({ child, url });
      }
    };
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${seen}`)));
  });
}

interface Row {
  readonly run: string;
  readonly clients: number;
  readonly seconds: number;
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

async function run(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon(options);
  return {
    run: name,
    clients: options.connections ?? 10,
    seconds: options.duration as number,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Connection errors, timeouts and any answer that is not 2xx (304 counts as fine).
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const project = await mkdtemp(join(tmpdir(), 'nyckeltal-bench-'));
await cp(join(repoRoot, 'apps', 'server', 'test', 'fixtures', 'desk'), project, { recursive: true });
await writeFile(join(project, 'data', 'desk.csv'), ticketsCsv(rows));
const { child, url } = await startServer(project);
try {
  const warm = await fetch(`${url}/api/scorecards/desk`);
  if (warm.status !== 200) throw new Error(`warm-up answered ${warm.status}`);
  await warm.arrayBuffer();

  const cached = await run('cached snapshot', {
    url: `${url}/api/scorecards/desk`,
    connections: 200,
    duration,
  });

  let day = 0;
  const nextDay = () => new Date(Date.UTC(2025, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
  const cold = await run('cold cache', {
    url,
    connections: 50,
    duration: coldDuration,
    timeout: 30,
    requests: [
      { setupRequest: (req) => ({ ...req, path: `/api/scorecards/desk?grain=day&period=${nextDay()}` }) },
    ],
  });

  const health = (await (await fetch(`${url}/health`)).json()) as { version: string };
  console.log(`\nNyckeltal server ${health.version}, ${rows} tickets, node ${process.version}, loopback\n`);
  console.log('| run | clients | seconds | requests | requests/s | p50 ms | p99 ms | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of [cached, cold])
    console.log(
      `| ${r.run} | ${r.clients} | ${r.seconds} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`,
    );
  console.log(`\ncold: ${day} distinct periods asked for`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await rm(project, { recursive: true, force: true });
}
