import type { Hono } from 'hono';
import type { ServerContext } from './create-server.js';
import { jsonError, sendCached } from './http-errors.js';
import { INDEX_PAGE_CSP, pageInput, renderIndexPage } from './index-page.js';
import { RELOAD_SCRIPT } from './reload-hub.js';
import { serverVersion } from './server-version.js';
import { etagOf } from './snapshot-cache.js';
import { BUILD_WIDGETS_COMMAND } from './widgets-bundle.js';

/**
 * The routes around the API: `/` (the index page), `/widgets.js` (the widget bundle),
 * `/health` (ok, version, data freshness), and in development `/__events` (server-sent
 * reload events) and `/__reload.js` (the script that listens to them).
 *
 * @example
 * registerPageRoutes(app, context);
 */
export function registerPageRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/', (c) => {
    const input = pageInput(ctx.state(), {
      folderName: ctx.folderName,
      dev: ctx.dev,
      lang: c.req.query('lang'),
    });
    const body = renderIndexPage(input);
    c.header('Content-Security-Policy', INDEX_PAGE_CSP);
    c.header('Referrer-Policy', 'no-referrer');
    return sendCached(c, { body, etag: etagOf(body) }, 'no-cache', 'text/html; charset=utf-8');
  });

  app.get('/widgets.js', async (c) => {
    const bundle = await ctx.widgets();
    if (bundle.kind === 'missing')
      return jsonError(
        c,
        503,
        'widgets_not_built',
        `The widget bundle is not built yet. Run \`${BUILD_WIDGETS_COMMAND}\` and reload.`,
      );
    return sendCached(
      c,
      bundle,
      ctx.dev ? 'no-cache' : 'public, max-age=300',
      'text/javascript; charset=utf-8',
    );
  });

  app.get('/health', async (c) => {
    const state = ctx.state();
    const latest = ctx.cache.latest();
    const generation = await ctx.generation();
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        ok: state.model !== undefined,
        version: ctx.options.version ?? serverVersion(),
        project: state.model?.settings.name ?? null,
        definitions: state.definitionsHash.slice(0, 16),
        data: {
          fingerprint: generation.split(':')[1] ?? null,
          data_through: latest?.dataThrough ?? null,
          built_at: latest?.builtAt ?? null,
        },
        computing: ctx.cache.computing,
      },
      state.model ? 200 : 503,
    );
  });

  if (ctx.dev) {
    app.get('/__events', () => ctx.hub.connect());
    app.get('/__reload.js', (c) => {
      c.header('Content-Type', 'text/javascript; charset=utf-8');
      c.header('Cache-Control', 'no-store');
      return c.body(RELOAD_SCRIPT);
    });
  }
}
