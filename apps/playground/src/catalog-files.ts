import type { ProjectFile } from '@nyckeltal/spec';

// The catalog's YAML, bundled as text at build time (the page reads no files at run time).
const raw = import.meta.glob('../../../kpis/**/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Where the catalog lives as far as spec is concerned (paths in issues are relative to it). */
export const CATALOG_ROOT = '/kpis';

/**
 * The files of the KPI catalog (kpis/), with paths relative to it, as validateProject takes them.
 *
 * @example
 * catalogFiles().find((f) => f.path === 'itsm/mttr.yaml')?.text; // 'kind: kpi\nid: itsm.mttr …'
 */
export function catalogFiles(): ProjectFile[] {
  return Object.entries(raw)
    .map(([path, text]) => ({ path: path.replace(/^.*?\/kpis\//, ''), text }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The catalog with one file's text replaced: what the editor validates on each keystroke.
 *
 * @example
 * withEdit(catalogFiles(), 'itsm/mttr.yaml', 'kind: kpi\n…');
 */
export function withEdit(files: readonly ProjectFile[], path: string, text: string): ProjectFile[] {
  return files.map((f) => (f.path === path ? { path, text } : f));
}
