// A static server for trying the intranet page without the demo server: / is index.html,
// /widgets.js the built bundle, /snapshots/<id>.json files from a folder.
//   pnpm --filter @nyckeltal/widgets build
//   pnpm exec tsx examples/intranet/serve-static.ts [snapshots-dir] [port]
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Where the page's three kinds of files come from. */
export interface StaticSite {
  readonly page: string;
  readonly bundleDir: string;
  readonly snapshotsDir: string;
}

export const defaultSite: StaticSite = {
  page: join(here, 'index.html'),
  bundleDir: join(here, '../../packages/widgets/dist'),
  snapshotsDir: join(here, '../../packages/widgets/test/fixtures'),
};

function resolvePath(site: StaticSite, url: string): string | null {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname);
  if (path === '/' || path === '/index.html') return site.page;
  if (path === '/widgets.js' || path === '/widgets.js.map') return join(site.bundleDir, basename(path));
  // basename() keeps requests inside the snapshots folder.
  const snapshot = /^\/snapshots\/([^/]+\.json)$/.exec(path);
  return snapshot ? join(site.snapshotsDir, basename(snapshot[1]!)) : null;
}

/**
 * Starts the static server and resolves once it listens.
 *
 * @example
 * const server = await startStaticServer(defaultSite, 8080);
 */
export function startStaticServer(site: StaticSite, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(async (req, res) => {
    const file = resolvePath(site, req.url ?? '/');
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const snapshotsDir = process.argv[2] ?? defaultSite.snapshotsDir;
  const port = Number(process.argv[3] ?? 8080);
  await startStaticServer({ ...defaultSite, snapshotsDir }, port);
  console.log(`Intranet example on http://127.0.0.1:${port}/ (snapshots from ${snapshotsDir})`);
}
