import { watch } from 'node:fs';

/**
 * Watches a project folder recursively and calls `onChange` once per burst of changes
 * (debounced), ignoring dot-folders, node_modules and the build output folder.
 *
 * @example
 * const stop = watchProject('/repo/kpis', 'build/snapshots', () => server.reload());
 * stop();
 */
export function watchProject(
  root: string,
  ignored: () => string,
  onChange: () => void,
  debounceMs = 120,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(root, { recursive: true }, (_event, name) => {
    const path = String(name ?? '').replace(/\\/g, '/');
    const parts = path.split('/');
    if (parts.some((p) => p.startsWith('.') || p === 'node_modules')) return;
    const out = ignored();
    if (path === out || path.startsWith(`${out}/`)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  watcher.on('error', () => {
    // The folder went away (a branch switch); the next reload reports the missing project.
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
