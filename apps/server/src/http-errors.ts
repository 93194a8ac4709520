import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The error codes of the HTTP API, beside the catalog codes (KPI…) it also returns. Each is
 * documented in docs/server.md.
 */
export type ErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'method_not_allowed'
  | 'uri_too_long'
  | 'grain_invalid'
  | 'project_invalid'
  | 'timeout'
  | 'widgets_not_built'
  | 'internal'
  | `KPI${string}`;

/**
 * A JSON error response, `{ "error": { "code", "message", … } }`, never cached.
 *
 * @example
 * return jsonError(c, 404, 'not_found', 'There is no scorecard "x".');
 */
export function jsonError(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  extra: Readonly<Record<string, unknown>> = {},
): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error: { code, message, ...extra } }, status);
}

/**
 * Whether an If-None-Match header names this ETag (or `*`), so the answer can be 304.
 *
 * @example
 * matchesEtag('"a", W/"b"', '"b"'); // true (weak comparison, as RFC 9110 asks for GET)
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t.replace(/^W\//, '') === bare);
}

/**
 * Sends a cacheable JSON body with its ETag and Cache-Control, or 304 when the client has it.
 *
 * @example
 * return sendCached(c, entry, 'public, max-age=60');
 */
export function sendCached(
  c: Context,
  entry: { readonly body: string | Uint8Array<ArrayBuffer>; readonly etag: string },
  cacheControl: string,
  contentType = 'application/json; charset=utf-8',
): Response {
  c.header('ETag', entry.etag);
  c.header('Cache-Control', cacheControl);
  if (matchesEtag(c.req.header('if-none-match'), entry.etag)) return c.body(null, 304);
  c.header('Content-Type', contentType);
  return typeof entry.body === 'string' ? c.body(entry.body, 200) : c.body(entry.body, 200);
}
