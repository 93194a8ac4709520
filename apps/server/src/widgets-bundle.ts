import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { etagOf } from './snapshot-cache.js';

/** The widget bundle as served: its bytes and a strong ETag, or why it is missing. */
export type WidgetsBundle =
  | { readonly kind: 'bundle'; readonly body: string; readonly etag: string }
  | { readonly kind: 'missing'; readonly file: string | undefined };

/** How to build the bundle, for the 503 message. */
export const BUILD_WIDGETS_COMMAND = 'pnpm --filter @nyckeltal/widgets build';

/**
 * Where @nyckeltal/widgets keeps its built bundle (its `./widgets.js` export), or undefined
 * when the package cannot be found or has not been built.
 *
 * @example
 * locateWidgetsBundle(); // '/repo/packages/widgets/dist/widgets.js'
 */
export function locateWidgetsBundle(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('@nyckeltal/widgets/widgets.js');
  } catch {
    return undefined;
  }
}

/**
 * Reads the bundle file, keeping it in memory until its size or modification time changes
 * (a rebuild), so serving it costs one stat. The only file outside the project the server
 * reads, and its path is fixed at start, never taken from a request.
 *
 * @example
 * const widgets = widgetsBundleReader('/repo/packages/widgets/dist/widgets.js');
 * (await widgets()).kind; // 'bundle'
 */
export function widgetsBundleReader(file: string | undefined): () => Promise<WidgetsBundle> {
  let cached: { stamp: string; bundle: WidgetsBundle } | undefined;
  return async () => {
    if (!file) return { kind: 'missing', file };
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return { kind: 'missing', file };
    const stamp = `${info.size}:${info.mtimeMs}`;
    if (cached?.stamp === stamp) return cached.bundle;
    const body = await readFile(file, 'utf8');
    cached = { stamp, bundle: { kind: 'bundle', body, etag: etagOf(body) } };
    return cached.bundle;
  };
}
