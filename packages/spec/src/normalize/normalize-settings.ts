import type { ProjectSettings } from '../model.js';
import { joinPath } from '../posix-path.js';
import { DEFAULT_OUT, type ProjectDoc } from '../schemas/project-schema.js';

/**
 * Project settings from nyckeltal.yaml with defaults filled in and paths made absolute
 * against the project root. Without a project file every setting takes its default.
 *
 * @example
 * normalizeSettings({ kind: 'project', name: 'SD', database: 'data/w.duckdb' }, '/work/kpis');
 * // { name: 'SD', language: 'en', database: '/work/kpis/data/w.duckdb', out: '/work/kpis/build/snapshots', … }
 */
export function normalizeSettings(doc: ProjectDoc | undefined, root: string): ProjectSettings {
  return {
    name: doc?.name ?? 'Nyckeltal',
    language: doc?.language ?? 'en',
    ...(doc?.database !== undefined ? { database: joinPath(root, doc.database) } : {}),
    paths: [...(doc?.paths ?? [])],
    owners: { ...((doc?.owners ?? {}) as Record<string, string>) },
    cors: [...(doc?.cors ?? [])],
    out: joinPath(root, doc?.out ?? DEFAULT_OUT),
  };
}
