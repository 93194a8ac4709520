import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { NyckeltalServer } from './create-server.js';

export interface ListenOptions {
  /** Default 8080; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1 (this machine only); 0.0.0.0 to serve the network. */
  readonly host?: string;
  /** How long shutdown waits for in-flight requests before cutting connections, in ms; default 10 000. */
  readonly drainMs?: number;
}

/** A server listening on a port. */
export interface RunningServer {
  /** e.g. http://127.0.0.1:8080 */
  readonly url: string;
  readonly port: number;
  /**
   * Graceful shutdown: stops accepting connections, ends development event streams,
   * lets in-flight requests finish (up to drainMs), then closes the Nyckeltal server.
   */
  close(): Promise<void>;
}

/**
 * Puts a Nyckeltal server on a port with Node's HTTP server (through @hono/node-server).
 * Request heads up to 64 KiB are read, so an over-long address gets the server's own 414
 * rather than Node's 431; a target that is not a valid URL gets a JSON 400.
 *
 * @example
 * const running = await listen(await createServer({ projectDir: 'kpis' }), { port: 0 });
 * console.log(running.url); // http://127.0.0.1:40123
 * await running.close();
 */
export async function listen(server: NyckeltalServer, options: ListenOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const listener = getRequestListener((request) => server.fetch(request), {
    // A target Node accepts but that is no valid URL (a backslash in the path, a bad Host):
    // refused before any route runs, answered as JSON like every other error.
    errorHandler: (error) => server.rejected(error),
  });
  const http = createHttpServer({ maxHeaderSize: 64 * 1024 }, listener);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 8080, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        await server.close(); // ends event streams, which would otherwise hold the server open
        http.closeIdleConnections();
        const cut = setTimeout(() => http.closeAllConnections(), options.drainMs ?? 10_000);
        await closed;
        clearTimeout(cut);
      })();
      return closing;
    },
  };
}
