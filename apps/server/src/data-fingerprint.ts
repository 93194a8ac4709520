import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { ProjectModel } from '@nyckeltal/spec';

/**
 * The data files a project reads: the project database (and its write-ahead log) and every
 * source read from a file. Sources defined by SQL are not followed (their files are the
 * SQL's business); their snapshots refresh when a listed file or a definition changes.
 *
 * @example
 * dataFiles(model); // ['/srv/kpis/data/demo.duckdb', '/srv/kpis/data/demo.duckdb.wal', '/srv/kpis/data/csat.csv']
 */
export function dataFiles(model: ProjectModel): readonly string[] {
  const files = new Set<string>();
  if (model.settings.database) {
    files.add(model.settings.database);
    files.add(`${model.settings.database}.wal`);
  }
  for (const source of model.sources.values()) {
    if (source.from.kind === 'file') files.add(source.from.path);
  }
  return [...files].sort();
}

/**
 * A fingerprint of the data: a hash of each data file's size and modification time
 * (a missing file counts too). Cheap (one stat per file, no reading), so it can be taken
 * on every request; it changes whenever a file is rewritten.
 *
 * @example
 * const before = await dataFingerprint(files);
 * // … the nightly export replaces tickets.parquet …
 * (await dataFingerprint(files)) !== before; // true
 */
export async function dataFingerprint(files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    hash.update(info ? `${file}\0${info.size}\0${info.mtimeMs}\n` : `${file}\0missing\n`);
  }
  return hash.digest('hex').slice(0, 16);
}
