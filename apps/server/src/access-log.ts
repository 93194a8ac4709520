import type { MiddlewareHandler } from 'hono';

/**
 * Middleware that writes one access-log line per request when the response is done:
 * `METHOD path status ms` (the path without its query, control characters escaped and
 * cut at 300 characters, so a hostile URL cannot forge or flood log lines).
 *
 * @example
 * app.use('*', accessLog((line) => process.stderr.write(`${line}\n`)));
 * // GET /api/scorecards/service-desk 200 4.1ms
 */
export function accessLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = (performance.now() - started).toFixed(1);
      write(`${c.req.method} ${loggedPath(c.req.url)} ${c.res.status} ${ms}ms`);
    }
  };
}

/**
 * A line writer for standard error that gathers the lines of one turn of the event loop
 * into one write: under load that is one system call per burst instead of per request.
 *
 * @example
 * const log = batchedStderr();
 * log.line('GET / 200 1.2ms');
 * log.flush(); // before process.exit
 */
export function batchedStderr(): { line(text: string): void; flush(): void } {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    process.stderr.write(text);
  };
  return {
    line(text) {
      if (pending.length === 0) setImmediate(flush);
      pending.push(text);
    },
    flush,
  };
}

/** The raw (still percent-encoded) path of a URL, safe to print on one log line. */
export function loggedPath(url: string): string {
  const afterHost = url.replace(/^[a-z]+:\/\/[^/]*/i, '');
  const path = afterHost.split('?')[0] ?? '';
  const safe = path.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point; they must not reach a log line
    /[\u0000-\u001f\u007f\s]/g,
    (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return safe.length > 300 ? `${safe.slice(0, 300)}…` : safe;
}
