// The standalone entry for deployment: `node --import tsx apps/server/src/main.ts --project /srv/kpis`.
// Configured by flags or the environment (flags win); see docs/server.md.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer, flushLog } from './create-server.js';
import { listen } from './listen.js';
import { loadTokenConfig } from './token-config.js';

const env = process.env;
const say = (line: string) => process.stderr.write(`${line}\n`);

const parsed = (() => {
  try {
    return parseArgs({
      options: {
        project: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'tokens-file': { type: 'string' },
        'query-timeout-ms': { type: 'string' },
        'max-age': { type: 'string' },
      },
    });
  } catch (error) {
    // An unknown flag or a missing value: one line, not a stack trace.
    say(`nyckeltal-server: ${error instanceof Error ? error.message : String(error)}`);
    return process.exit(2);
  }
})();
const { values } = parsed;

const number = (name: string, text: string | undefined, fallback: number, max = Infinity): number => {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    say(
      `nyckeltal-server: ${name} must be a whole number${max < Infinity ? ` from 0 to ${max}` : ''}, got "${text}"`,
    );
    process.exit(2);
  }
  return n;
};

const projectDir = values.project ?? env.NYCKELTAL_PROJECT ?? '.';
if (!statSync(projectDir, { throwIfNoEntry: false })?.isDirectory()) {
  // Without this an empty project (no nyckeltal.yaml, no KPIs) would be served from a typo.
  say(`nyckeltal-server: the project folder ${resolve(projectDir)} does not exist or is not a folder`);
  process.exit(2);
}

const tokens = await loadTokenConfig(
  env.NYCKELTAL_TOKENS,
  values['tokens-file'] ?? env.NYCKELTAL_TOKENS_FILE,
);
for (const problem of tokens.problems) say(`nyckeltal-server: ${problem}`);
if (tokens.problems.length > 0) process.exit(2);

const server = await createServer({
  projectDir,
  tokens: tokens.table,
  queryTimeoutMs: number(
    '--query-timeout-ms',
    values['query-timeout-ms'] ?? env.NYCKELTAL_QUERY_TIMEOUT_MS,
    30_000,
  ),
  maxAgeSeconds: number('--max-age', values['max-age'] ?? env.NYCKELTAL_MAX_AGE, 60),
});
const state = server.project();
if (!state.model) {
  for (const i of state.issues.filter((issue) => issue.severity === 'error'))
    say(`${i.file ?? state.root}:${i.line ?? 1}:${i.column ?? 1}  error  ${i.code}  ${i.message}`);
  say('nyckeltal-server: the definitions have errors; not starting.');
  await server.close();
  process.exit(1);
}

const port = number('--port', values.port ?? env.PORT ?? env.NYCKELTAL_PORT, 8080, 65535);
const host = values.host ?? env.NYCKELTAL_HOST ?? '127.0.0.1';
const running = await listen(server, { port, host }).catch(async (error: unknown) => {
  // A port in use or an address this machine lacks: one line, not a stack trace.
  say(
    `nyckeltal-server: cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`,
  );
  await server.close();
  return process.exit(1);
});
say(`nyckeltal-server: serving ${state.root} at ${running.url}`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  say(`nyckeltal-server: ${signal}: finishing requests in flight, then stopping`);
  void running.close().then(() => {
    flushLog();
    process.exit(0);
  });
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGHUP', () => {
  void server.reload().then(() => say('nyckeltal-server: SIGHUP: definitions reloaded'));
});
