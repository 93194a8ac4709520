import type { MiddlewareHandler } from 'hono';

/**
 * CORS for the origins nyckeltal.yaml lists in `cors:` (`*` allows any), read on every
 * request so a reloaded project applies at once. Answers preflights (OPTIONS) itself,
 * allowing GET and HEAD with an `Authorization` header (bearer tokens for private
 * scorecards) and exposing `ETag`. Every header is set before the route runs, never on a
 * finished response, which keeps @hono/node-server on its fast path.
 *
 * @example
 * app.use('*', corsAllowList(() => model.settings.cors)); // e.g. ['https://intranet.example.org']
 */
export function corsAllowList(allowed: () => readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const list = allowed();
    const any = list.includes('*');
    if (!any) c.header('Vary', 'Origin', { append: true });
    const allow = origin === undefined ? undefined : any ? '*' : list.includes(origin) ? origin : undefined;
    if (allow) {
      c.header('Access-Control-Allow-Origin', allow);
      c.header('Access-Control-Expose-Headers', 'ETag');
    }
    if (c.req.method === 'OPTIONS') {
      if (allow) {
        c.header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
        c.header('Access-Control-Allow-Headers', 'Authorization, If-None-Match');
        c.header('Access-Control-Max-Age', '600');
      }
      return c.body(null, 204);
    }
    await next();
  };
}
