import { defineCommand } from '../command-spec.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { loadOptional } from '../optional-module.js';
import { locateProject } from '../project/read-project.js';
import { parseWholeNumber, type WholeNumberRange } from './parse-whole-number.js';
import { projectOption } from './shared-options.js';

/**
 * `kpi serve`: the HTTP API, the widget bundle and an index page over the project
 * (apps/server), in development mode: it watches the project, recomputes on every change
 * and reloads open pages; while the definitions have errors the page lists them with file
 * and line instead of numbers. Runs until Ctrl-C (SIGINT) or SIGTERM, finishing requests in
 * flight. Private scorecards open to tokens from NYCKELTAL_TOKENS or --tokens-file.
 *
 * @example
 * // pnpm kpi serve --project kpis --port 8080
 * // Serving kpis at http://127.0.0.1:8080 — watching for changes, Ctrl-C stops.
 */
export const serve = defineCommand({
  name: 'serve',
  summary: {
    en: 'Serve the scorecards, API and widgets over HTTP, reloading on change',
    sv: 'Visa styrkorten, API:t och widgetarna över HTTP, laddar om vid ändring',
  },
  usage: 'kpi serve [--project <dir>] [--port <n>] [--host <host>] [--tokens-file <file>]',
  options: {
    project: projectOption,
    port: {
      type: 'string',
      valueName: 'n',
      default: '8080',
      description: {
        en: 'Port to listen on (0: any free port)',
        sv: 'Port att lyssna på (0: valfri ledig port)',
      },
    },
    host: {
      type: 'string',
      valueName: 'host',
      default: '127.0.0.1',
      description: {
        en: 'Address to listen on; 127.0.0.1 is this machine only, 0.0.0.0 the whole network',
        sv: 'Adress att lyssna på; 127.0.0.1 är bara den här datorn, 0.0.0.0 hela nätverket',
      },
    },
    'tokens-file': {
      type: 'string',
      valueName: 'file',
      description: {
        en: 'Access tokens for private scorecards, one "audience=sha256:<hex>" a line (also NYCKELTAL_TOKENS)',
        sv: 'Åtkomsttoken för privata styrkort, en "målgrupp=sha256:<hex>" per rad (även NYCKELTAL_TOKENS)',
      },
    },
  },
  async run(args, ctx) {
    const sv = ctx.lang === 'sv';
    const port = parseWholeNumber(args.values.port, portRange, ctx.lang);
    const { createServer, listen, loadTokenConfig } = await loadOptional(
      () => import('@nyckeltal/server'),
      '@nyckeltal/server',
      'serve',
    );
    const root = await locateProject(args.values.project, ctx.io.cwd, ctx.t);
    const env = ctx.io.env;
    const tokens = await loadTokenConfig(
      env.NYCKELTAL_TOKENS,
      args.values['tokens-file'] ?? env.NYCKELTAL_TOKENS_FILE,
    );
    if (tokens.problems.length > 0) throw new UsageError(tokens.problems.join('\n'), 'serve');

    const server = await createServer({
      projectDir: root,
      dev: true,
      tokens: tokens.table,
      log: (line) => ctx.io.stderr(`${line}\n`),
    });
    let running: Awaited<ReturnType<typeof listen>>;
    try {
      running = await listen(server, { port, host: args.values.host });
    } catch (error) {
      await server.close();
      ctx.io.stderr(cannotListen('serve', args.values.host, port, error, sv));
      return ExitCode.IssuesFound;
    }
    const errors = server.project().issues.filter((i) => i.severity === 'error').length;
    ctx.io.stderr(
      sv
        ? `Visar ${root} på ${running.url} — bevakar ändringar, Ctrl-C avslutar.\n`
        : `Serving ${root} at ${running.url} — watching for changes, Ctrl-C stops.\n`,
    );
    if (errors > 0)
      ctx.io.stderr(
        sv
          ? `Definitionerna har ${errors} fel; sidan visar dem tills de är rättade.\n`
          : `The definitions have ${errors} error(s); the page lists them until they are fixed.\n`,
      );
    const signal = await new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    });
    ctx.io.stderr(sv ? `${signal}: avslutar …\n` : `${signal}: stopping …\n`);
    await running.close();
    return ExitCode.Clean;
  },
});

/** `--port` of serve and demo: 0 asks the system for any free port. */
export const portRange: WholeNumberRange = { name: '--port', min: 0, max: 65_535, port: true };

/**
 * The message when the server cannot take its address; a port already in use (a demo or
 * server still running) gets a hint, since it is the usual case.
 *
 * @example
 * cannotListen('demo', '127.0.0.1', 8080, error, false);
 * // "kpi demo: cannot listen on 127.0.0.1:8080: listen EADDRINUSE … Another program …"
 */
export function cannotListen(
  command: string,
  host: string,
  port: number,
  error: unknown,
  sv: boolean,
): string {
  const reason = error instanceof Error ? error.message : String(error);
  const inUse = (error as { code?: unknown } | null)?.code === 'EADDRINUSE';
  const hint = !inUse
    ? ''
    : sv
      ? ` Ett annat program (kanske en kpi serve eller kpi demo som fortfarande körs) använder porten: stoppa det, eller välj en annan med --port <n> (--port 0 tar vilken ledig port som helst).`
      : ` Another program (perhaps a kpi serve or kpi demo still running) uses that port: stop it, or pick another with --port <n> (--port 0 takes any free port).`;
  return sv
    ? `kpi ${command}: kan inte lyssna på ${host}:${port}: ${reason}.${hint}\n`
    : `kpi ${command}: cannot listen on ${host}:${port}: ${reason}.${hint}\n`;
}
