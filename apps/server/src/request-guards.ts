import type { MiddlewareHandler } from 'hono';
import { jsonError } from './http-errors.js';

/**
 * Middleware that answers 414 to a path and query longer than `max` characters (no id or
 * period is anywhere near that long), and 405 to anything but GET, HEAD and OPTIONS: the
 * server only reads.
 *
 * @example
 * app.use('*', requestGuards(2048));
 */
export function requestGuards(max: number): MiddlewareHandler {
  return async (c, next) => {
    const target = c.req.url.replace(/^[a-z]+:\/\/[^/]*/i, '');
    if (target.length > max) {
      return jsonError(c, 414, 'uri_too_long', `The address is longer than ${max} characters.`);
    }
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      c.header('Allow', 'GET, HEAD, OPTIONS');
      return jsonError(c, 405, 'method_not_allowed', 'This server only answers GET, HEAD and OPTIONS.');
    }
    // Set before the handler runs, so it goes into the response as it is made: touching a
    // finished response's headers would turn @hono/node-server's fast path into a slow one.
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  };
}
