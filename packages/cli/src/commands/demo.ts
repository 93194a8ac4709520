import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { buildSnapshots } from '@nyckeltal/engine';
import type { Status } from '@nyckeltal/spec';
import { type CommandContext, defineCommand } from '../command-spec.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { formatSnapshotIssues } from '../format/format-snapshot.js';
import { loadOptional } from '../optional-module.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { distinctIssues, locateIssue } from '../project/locate-issue.js';
import { formatNumber } from '../ui/format-number.js';
import { formatTable } from '../ui/table.js';
import { parseWholeNumber } from './parse-whole-number.js';
import { cannotListen, portRange } from './serve.js';
import { projectOption } from './shared-options.js';

/**
 * `kpi demo`: the whole pipeline on the demo organisation. Generates the demo data into
 * the project's database when it is missing (seeded, about 50,000 tickets), builds every
 * scorecard's snapshot, prints a status summary, then serves the scorecards — the server's
 * index page and the intranet example page — until Ctrl-C. `--no-serve` stops after the build.
 *
 * @example
 * // pnpm kpi demo            → http://127.0.0.1:8080/ and /intranet/
 * // pnpm kpi demo --no-serve --tickets 5000
 */
export const demo = defineCommand({
  name: 'demo',
  summary: {
    en: 'Generate the demo data, build every scorecard and show them on a page',
    sv: 'Skapa demodata, bygg alla styrkort och visa dem på en sida',
  },
  usage:
    'kpi demo [--project <dir>] [--port <n>] [--host <host>] [--tickets <n>] [--seed <n>] [--regenerate] [--no-serve]',
  options: {
    project: projectOption,
    port: {
      type: 'string',
      valueName: 'n',
      default: '8080',
      description: {
        en: 'Port for the page (0: any free port)',
        sv: 'Port för sidan (0: valfri ledig port)',
      },
    },
    host: {
      type: 'string',
      valueName: 'host',
      default: '127.0.0.1',
      description: { en: 'Address to listen on', sv: 'Adress att lyssna på' },
    },
    tickets: {
      type: 'string',
      valueName: 'n',
      default: '50000',
      description: {
        en: 'Tickets to generate (up to 10,000,000)',
        sv: 'Antal ärenden att skapa (upp till 10 000 000)',
      },
    },
    seed: {
      type: 'string',
      valueName: 'n',
      default: '42',
      description: {
        en: 'Seed of the demo data: same seed, same data',
        sv: 'Frö för demodata: samma frö, samma data',
      },
    },
    regenerate: {
      type: 'boolean',
      description: { en: 'Generate the data even if it exists', sv: 'Skapa datan även om den finns' },
    },
    'no-serve': {
      type: 'boolean',
      description: { en: 'Build the snapshots, then stop', sv: 'Bygg ögonblicksbilderna och avsluta sedan' },
    },
  },
  async run(args, ctx) {
    const sv = ctx.lang === 'sv';
    const tickets = parseWholeNumber(
      args.values.tickets,
      { name: '--tickets', min: 100, max: 10_000_000 },
      ctx.lang,
    );
    const seed = parseWholeNumber(args.values.seed, { name: '--seed', min: 0, max: 2 ** 31 - 1 }, ctx.lang);
    const port = parseWholeNumber(args.values.port, portRange, ctx.lang);
    const project = await loadProject(args.values.project, ctx);
    if (!project.model) return reportProjectIssues(project, ctx);
    const model = project.model;
    const database = model.settings.database;
    if (!database)
      throw new UsageError(
        sv
          ? `Projektet ${project.root} har ingen databas (nyckeltal.yaml: database) att lägga demodata i.`
          : `The project ${project.root} has no database (nyckeltal.yaml: database) to put demo data in.`,
        'demo',
      );

    if (args.values.regenerate === true || !existsSync(database)) {
      ctx.io.stderr(
        sv
          ? `Skapar demodata (${formatNumber(tickets, 'sv')} ärenden, frö ${seed}) i ${shown(ctx.io.cwd, database)} …\n`
          : `Generating demo data (${formatNumber(tickets, 'en')} tickets, seed ${seed}) into ${shown(ctx.io.cwd, database)} …\n`,
      );
      const { DEMO_TABLES, generateDemoData } = await loadOptional(
        () => import('@nyckeltal/demo-data'),
        '@nyckeltal/demo-data',
        'demo',
      );
      const bar = ctx.progress(sv ? 'Demodata' : 'Demo data', DEMO_TABLES.length);
      try {
        const stats = await generateDemoData({ file: database, seed, tickets }, (done) =>
          bar.update(done.length),
        );
        bar.done();
        ctx.io.stderr(
          sv
            ? `  klart på ${(stats.milliseconds / 1000).toFixed(1)} s: data ${stats.start} – ${stats.end}\n`
            : `  done in ${(stats.milliseconds / 1000).toFixed(1)} s: data ${stats.start} – ${stats.end}\n`,
        );
      } finally {
        bar.done();
      }
    }

    const bar = ctx.progress(sv ? 'Bygger styrkort' : 'Building scorecards', model.scorecards.size);
    let result: Awaited<ReturnType<typeof buildSnapshots>>;
    try {
      result = await buildSnapshots(model, { onProgress: (done) => bar.update(done) });
    } finally {
      bar.done();
    }
    const issues = distinctIssues(result.issues).map((issue) => locateIssue(issue, model, ctx.io.cwd));
    ctx.io.stderr(formatSnapshotIssues(issues, { lang: ctx.lang, colors: ctx.colors }));
    if (!result.ok) return ExitCode.IssuesFound;
    ctx.io.stdout(await statusSummary(result.outDir, [...model.scorecards.keys()], sv));

    if (args.values['no-serve'] === true) return ExitCode.Clean;
    return serveDemo(project.root, result.outDir, port, args.values.host, ctx);
  },
});

function shown(cwd: string, path: string): string {
  return relative(cwd, path) || path;
}

/** One line per scorecard: how many KPIs are green, amber, red or without enough data. */
async function statusSummary(outDir: string, ids: readonly string[], sv: boolean): Promise<string> {
  const order: readonly Status[] = ['green', 'amber', 'red', 'insufficient', 'no-target'];
  const rows: string[][] = [];
  for (const id of ids) {
    const snapshot = JSON.parse(await readFile(join(outDir, `${id}.json`), 'utf8')) as {
      period: { key: string };
      kpis: { status: Status }[];
    };
    const count = (s: Status) => String(snapshot.kpis.filter((k) => k.status === s).length);
    rows.push([id, snapshot.period.key, String(snapshot.kpis.length), ...order.map(count)]);
  }
  const header = sv
    ? ['Styrkort', 'Period', 'KPI:er', '✓ grön', '▲ gul', '✗ röd', '… underlag', '– mål']
    : ['Scorecard', 'Period', 'KPIs', '✓ green', '▲ amber', '✗ red', '… too few', '– no target'];
  return `${formatTable(rows, { header, align: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'] })}\n`;
}

/**
 * Serves the project with apps/server, plus the built snapshots at /snapshots/ and the
 * intranet example page at /intranet/ (when the repository has it), so the page a reader
 * copies from works exactly as it would on their own intranet.
 */
async function serveDemo(
  root: string,
  outDir: string,
  port: number,
  host: string,
  ctx: CommandContext,
): Promise<number> {
  const sv = ctx.lang === 'sv';
  const { createServer, listen } = await loadOptional(
    () => import('@nyckeltal/server'),
    '@nyckeltal/server',
    'demo',
  );
  const server = await createServer({ projectDir: root, log: (line) => ctx.io.stderr(`${line}\n`) });
  const intranet = findUp(root, join('examples', 'intranet', 'index.html'));
  const fetch = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    if (intranet && (path === '/intranet' || path === '/intranet/'))
      return new Response(await readFile(intranet), {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    // Only plain snapshot names: no dots beyond the extension, no slashes, nothing outside outDir.
    const snapshot = /^\/snapshots\/([a-z0-9][a-z0-9_-]*)\.json$/.exec(path);
    if (snapshot && existsSync(join(outDir, `${snapshot[1]}.json`)))
      return new Response(await readFile(join(outDir, `${snapshot[1]}.json`)), {
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' },
      });
    return server.fetch(request);
  };
  let running: Awaited<ReturnType<typeof listen>>;
  try {
    running = await listen({ ...server, fetch }, { port, host });
  } catch (error) {
    await server.close();
    ctx.io.stderr(cannotListen('demo', host, port, error, sv));
    return ExitCode.IssuesFound;
  }
  const url = running.url;
  ctx.io.stdout(
    sv
      ? `\nStyrkorten visas på ${ctx.colors.bold(`${url}/`)}${intranet ? ` och intranätsexemplet på ${ctx.colors.bold(`${url}/intranet/`)}` : ''}\nCtrl-C avslutar.\n`
      : `\nScorecards at ${ctx.colors.bold(`${url}/`)}${intranet ? ` and the intranet example at ${ctx.colors.bold(`${url}/intranet/`)}` : ''}\nCtrl-C stops.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  return ExitCode.Clean;
}

function findUp(from: string, relativePath: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
