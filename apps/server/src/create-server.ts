import { basename, resolve } from 'node:path';
import { Hono } from 'hono';
import { accessLog, batchedStderr } from './access-log.js';
import { noTokens, type TokenTable } from './access-tokens.js';
import { registerApiRoutes } from './api-routes.js';
import { openProjectSession } from './compute-snapshot.js';
import { corsAllowList } from './cors-allow-list.js';
import { dataFiles, dataFingerprint } from './data-fingerprint.js';
import { jsonError } from './http-errors.js';
import { registerPageRoutes } from './page-routes.js';
import { loadProjectState, type ProjectState } from './project-state.js';
import { ReloadHub } from './reload-hub.js';
import { requestGuards } from './request-guards.js';
import { SessionPool } from './session-pool.js';
import { SnapshotCache } from './snapshot-cache.js';
import { watchProject } from './watch-project.js';
import { locateWidgetsBundle, widgetsBundleReader } from './widgets-bundle.js';

export interface ServerOptions {
  /** The KPI project folder (the one with nyckeltal.yaml). */
  readonly projectDir: string;
  /** Development (`kpi serve`): watch the project, reload open pages, show issues, no caching by browsers. */
  readonly dev?: boolean;
  /** Bearer tokens for private scorecards; default none (private scorecards stay hidden). */
  readonly tokens?: TokenTable;
  /** Per computation, in ms, before the DuckDB query is interrupted; default 30 000. */
  readonly queryTimeoutMs?: number;
  /** Snapshots computed at the same time at most, each on its own reused DuckDB session; default 2. */
  readonly maxConcurrentComputations?: number;
  /** Computed responses kept; default 500. */
  readonly cacheEntries?: number;
  /** `max-age` for public snapshots in seconds; default 60 (0 in development). */
  readonly maxAgeSeconds?: number;
  /** Longest path and query accepted, else 414; default 2048. */
  readonly maxUrlLength?: number;
  /** How long a data fingerprint is trusted before the files are stat'ed again, in ms; default 1000. */
  readonly fingerprintTtlMs?: number;
  /** The widget bundle; default @nyckeltal/widgets' built dist/widgets.js. */
  readonly widgetsFile?: string;
  /** Where access-log lines go; default standard error. */
  readonly log?: (line: string) => void;
  /** The clock for `built_at`. */
  readonly now?: () => Date;
  /** The version /health reports. */
  readonly version?: string;
}

export interface ServerStats {
  /** Snapshot computations started since the server started. */
  readonly computations: number;
}

/** A Nyckeltal server: a fetch handler for any HTTP adapter, and its lifecycle. */
export interface NyckeltalServer {
  /** Answers one request (hono's fetch; @hono/node-server or any WHATWG server calls it). */
  fetch(request: Request): Promise<Response>;
  /**
   * The answer to a request the HTTP adapter could not turn into a Request (a backslash in
   * the path, a bad Host header): a JSON 400, logged like any other request.
   */
  rejected(error: unknown): Response;
  /** Re-reads the definitions now (development mode also does it on every change). */
  reload(): Promise<void>;
  /** Stops watching and ends development event streams; in-flight computations finish. */
  close(): Promise<void>;
  stats(): ServerStats;
  /** The project state being served. */
  project(): ProjectState;
}

/** Everything the route modules share. */
export interface ServerContext {
  readonly options: Required<Pick<ServerOptions, 'queryTimeoutMs' | 'maxAgeSeconds'>> & ServerOptions;
  readonly dev: boolean;
  readonly tokens: TokenTable;
  readonly cache: SnapshotCache;
  readonly pool: SessionPool;
  readonly hub: ReloadHub;
  readonly folderName: string;
  state(): ProjectState;
  /** The cache generation: definitions hash and data fingerprint. */
  generation(): Promise<string>;
  readonly widgets: ReturnType<typeof widgetsBundleReader>;
}

/**
 * Creates the server over a project folder: reads and validates the definitions, and
 * returns a fetch handler serving the API (/api/scorecards, /api/scorecards/:id,
 * /api/kpis/:id), /widgets.js, /health and the index page. Snapshots are computed by the
 * engine on demand and cached by definitions hash + data fingerprint. Used by `kpi serve`
 * (with `dev: true`) and by the standalone entry (src/main.ts); {@link listen} puts it on a port.
 *
 * @example
 * const server = await createServer({ projectDir: 'kpis', tokens: parseTokens(process.env.NYCKELTAL_TOKENS ?? '', 'env').table });
 * const res = await server.fetch(new Request('http://localhost/api/scorecards'));
 */
export async function createServer(options: ServerOptions): Promise<NyckeltalServer> {
  const root = resolve(options.projectDir);
  const dev = options.dev === true;
  let state = await loadProjectState(root);
  let files = state.model ? dataFiles(state.model) : [];
  const ttl = options.fingerprintTtlMs ?? 1000;
  let fingerprint: { at: number; value: Promise<string> } | undefined;
  const cache = new SnapshotCache(options.cacheEntries ?? 500);
  const hub = new ReloadHub();
  const context: ServerContext = {
    options: { queryTimeoutMs: 30_000, maxAgeSeconds: dev ? 0 : 60, ...options },
    dev,
    tokens: options.tokens ?? noTokens,
    cache,
    pool: new SessionPool(options.maxConcurrentComputations ?? 2, () => {
      const model = state.model;
      if (!model) throw new Error('Bug: a computation started without a valid project');
      return openProjectSession(model);
    }),
    hub,
    folderName: basename(root),
    state: () => state,
    async generation() {
      const now = performance.now();
      if (!fingerprint || now - fingerprint.at >= ttl)
        fingerprint = { at: now, value: dataFingerprint(files) };
      return `${state.definitionsHash.slice(0, 16)}:${await fingerprint.value}`;
    },
    widgets: widgetsBundleReader(options.widgetsFile ?? locateWidgetsBundle()),
  };

  const reloadNow = async () => {
    const next = await loadProjectState(root);
    // Outside development a broken edit must not take the scorecards down: keep the last good model.
    if (!next.model && state.model && !dev) {
      for (const issue of next.issues.filter((i) => i.severity === 'error'))
        (options.log ?? stderrLine)(
          `reload refused: ${issue.file ?? ''}:${issue.line ?? ''} ${issue.code} ${issue.message}`,
        );
      return;
    }
    if (next.definitionsHash !== state.definitionsHash) cache.clear();
    state = next;
    files = state.model ? dataFiles(state.model) : [];
    fingerprint = undefined;
  };
  // One reload at a time, in order: a slow read must not overwrite a newer one's state.
  let reloading: Promise<void> = Promise.resolve();
  const reload = () => {
    reloading = reloading.then(reloadNow, reloadNow);
    return reloading;
  };
  const watcher = dev
    ? watchProject(
        root,
        () => {
          void reload().then(
            () => hub.broadcast(),
            (error: unknown) => (options.log ?? stderrLine)(`reload failed: ${String(error)}`),
          );
        },
        { ignored: () => state.outFolder, extraFiles: () => files },
      )
    : undefined;
  // Every folder is watched before the server answers, so no edit made after this is missed.
  await watcher?.ready;

  const app = new Hono();
  app.use('*', accessLog(options.log ?? stderrLine));
  app.use('*', requestGuards(options.maxUrlLength ?? 2048));
  app.use(
    '*',
    corsAllowList(() => state.model?.settings.cors ?? []),
  );
  registerApiRoutes(app, context);
  registerPageRoutes(app, context);
  app.notFound((c) => jsonError(c, 404, 'not_found', 'There is nothing at this address.'));
  app.onError((error, c) => {
    (options.log ?? stderrLine)(
      `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return jsonError(c, 500, 'internal', 'Something went wrong in the server; the log has the details.');
  });

  return {
    fetch: async (request) => app.fetch(request),
    rejected(error) {
      const reason = error instanceof Error ? error.message : 'malformed request';
      (options.log ?? stderrLine)(`- (${reason.slice(0, 80)}) 400 0.0ms`);
      const body = { error: { code: 'bad_request', message: `This is not a valid request: ${reason}.` } };
      return new Response(JSON.stringify(body), {
        status: 400,
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      });
    },
    reload,
    async close() {
      watcher?.close();
      hub.close();
      context.pool.close();
    },
    stats: () => ({ computations: cache.computations }),
    project: () => state,
  };
}

const stderrLog = batchedStderr();
const stderrLine = stderrLog.line;

/**
 * Writes out access-log lines still gathered for standard error (call before process.exit).
 *
 * @example
 * flushLog(); process.exit(0);
 */
export const flushLog: () => void = stderrLog.flush;
