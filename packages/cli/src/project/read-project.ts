import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { createIssue, type Issue, MAX_FILE_BYTES } from '@nyckeltal/spec';
import { parse } from 'yaml';
import { UsageError } from '../exit-codes.js';
import type { MessageKey } from '../ui/messages.js';

/** A definition file as the spec package takes it: posix path relative to the root, raw bytes. */
export interface ProjectFileBytes {
  readonly path: string;
  readonly text: Uint8Array;
}

/** What validateProject takes, plus the files refused before reading. */
export interface ProjectRead {
  /** Absolute project folder. */
  readonly root: string;
  readonly files: readonly ProjectFileBytes[];
  /** Files too large to read at all (KPI0001); spec refuses smaller oversize files itself. */
  readonly issues: readonly Issue[];
  /** Every YAML file found, read or not. */
  readonly fileCount: number;
}

export const PROJECT_FILE = 'nyckeltal.yaml';
/** `kpi build`'s default output folder (spec's DEFAULT_OUT); never holds definitions. */
const DEFAULT_OUT = 'build/snapshots';
/**
 * Above this a file is not read into memory at all. Spec refuses definition files over
 * its own, much smaller limit with the same code; this guard only keeps a stray
 * multi-gigabyte export from exhausting memory before spec gets to say so.
 */
export const READ_LIMIT_BYTES = 20 * 1024 * 1024;
const READ_CONCURRENCY = 32;

type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * The project folder per DESIGN.md §3b: `--project <dir>` when given, else the current
 * folder when it has nyckeltal.yaml, else ./kpis/. Throws a UsageError (exit 2) when
 * the folder is missing or is a file.
 *
 * @example
 * await locateProject(undefined, '/repo', t); // '/repo/kpis' (no /repo/nyckeltal.yaml)
 */
export async function locateProject(flag: string | undefined, cwd: string, t: Translate): Promise<string> {
  if (flag !== undefined) {
    const dir = resolve(cwd, flag);
    const info = await stat(dir).catch(() => undefined);
    if (!info) throw new UsageError(t('project.notFound', { dir: flag }));
    if (!info.isDirectory()) throw new UsageError(t('project.notAFolder', { dir: flag }));
    return dir;
  }
  if (await isFile(join(cwd, PROJECT_FILE))) return cwd;
  const kpis = join(cwd, 'kpis');
  if ((await stat(kpis).catch(() => undefined))?.isDirectory()) return kpis;
  throw new UsageError(t('project.none'));
}

/**
 * Reads every *.yaml / *.yml file under the project folder as bytes, skipping
 * node_modules, dot-folders and the build output folder. Paths are posix and relative
 * to the root, sorted, so results do not depend on the file system's order.
 *
 * @example
 * const project = await readProject('/repo/kpis');
 * const { issues } = validateProject(project, { strict: false });
 */
export async function readProject(root: string): Promise<ProjectRead> {
  const found = (await listYamlFiles(root, root, await outputFolder(root))).sort();
  const files: ProjectFileBytes[] = [];
  const issues: Issue[] = [];
  for (let i = 0; i < found.length; i += READ_CONCURRENCY) {
    const batch = found.slice(i, i + READ_CONCURRENCY);
    const read = await Promise.all(batch.map((path) => readOne(root, path)));
    for (const result of read) {
      if ('issue' in result) issues.push(result.issue);
      else files.push(result);
    }
  }
  return { root, files, issues, fileCount: found.length };
}

async function readOne(root: string, path: string): Promise<ProjectFileBytes | { issue: Issue }> {
  const absolute = join(root, ...path.split('/'));
  const { size } = await stat(absolute);
  if (size > READ_LIMIT_BYTES) {
    const params = { size: formatBytes(size), limit: formatBytes(MAX_FILE_BYTES) };
    return { issue: createIssue('KPI0001', params, { file: path, line: 1, column: 1 }) };
  }
  return { path, text: new Uint8Array(await readFile(absolute)) };
}

async function listYamlFiles(root: string, dir: string, outFolder: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    const absolute = join(dir, entry.name);
    const path = relative(root, absolute).split(sep).join('/');
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || path === outFolder) continue;
      out.push(...(await listYamlFiles(root, absolute, outFolder)));
    } else if (
      /\.ya?ml$/i.test(entry.name) &&
      (entry.isFile() || (entry.isSymbolicLink() && (await isFile(absolute))))
    ) {
      // Symlinked files are followed, symlinked folders are not: they can loop.
      out.push(path);
    }
  }
  return out;
}

/** The build output folder relative to the root, from nyckeltal.yaml's `out`, as a posix path. */
async function outputFolder(root: string): Promise<string> {
  const text = await readFile(join(root, PROJECT_FILE), 'utf8').catch(() => undefined);
  if (text === undefined || text.length > 1024 * 1024) return DEFAULT_OUT;
  try {
    const out = (parse(text) as { out?: unknown } | null)?.out;
    if (typeof out === 'string' && out.length > 0)
      return out.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');
  } catch {
    // A broken nyckeltal.yaml is reported by validation; here it only means "use the default".
  }
  return DEFAULT_OUT;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}

/**
 * A byte count for people, written as spec writes it in KPI0001 for smaller oversize
 * files (its helper is internal), so both messages read alike.
 *
 * @example
 * formatBytes(25 * 1024 * 1024); // '25.0 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
