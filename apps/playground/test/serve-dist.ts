import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.parquet': 'application/octet-stream',
  '.map': 'application/json',
};

/**
 * Serves a built folder on 127.0.0.1 (port 0 picks a free one), as any static host
 * would: files only, never outside the folder, `/` as index.html.
 *
 * @example
 * const server = await serveDist('/repo/apps/playground/dist');
 * (server.address() as AddressInfo).port; // e.g. 41237
 */
export function serveDist(dir: string, port = 0): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(dir, decodeURIComponent(url.pathname).replace(/\/$/, '/index.html')));
    if (!path.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(path).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
