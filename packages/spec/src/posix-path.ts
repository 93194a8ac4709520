/**
 * Tiny posix path helpers, because spec must not import Node's `path` (it runs in the
 * browser too). Paths use "/" only; the CLI converts Windows paths before calling spec.
 *
 * @example
 * joinPath('/work/kpis', '../data/tickets.parquet'); // '/work/data/tickets.parquet'
 * joinPath('/work/kpis', '/srv/x.csv');              // '/srv/x.csv'
 */
export function joinPath(base: string, relative: string): string {
  if (relative.startsWith('/')) return normalizePath(relative);
  return normalizePath(`${base}/${relative}`);
}

/**
 * Resolves "." and ".." segments and repeated slashes. An absolute path stays absolute and
 * never climbs above "/"; a relative one keeps leading "..".
 *
 * @example
 * normalizePath('a/./b/../c//d'); // 'a/c/d'
 */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(segment);
  }
  const joined = out.join('/');
  if (absolute) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** True when `path` is `folder` or inside it (both relative, normalized). */
export function isInside(path: string, folder: string): boolean {
  const f = normalizePath(folder);
  if (f === '.') return true;
  const p = normalizePath(path);
  return p === f || p.startsWith(`${f}/`);
}
