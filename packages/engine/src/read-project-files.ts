import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  createIssue,
  formatBytes,
  type Issue,
  loadFile,
  MAX_FILE_BYTES,
  PROJECT_FILE,
} from '@nyckeltal/spec';

/** A definition file as spec's validateProject takes it: posix path relative to the root, raw bytes. */
export interface ProjectFileBytes {
  readonly path: string;
  readonly text: Uint8Array;
}

/** The definition files of a project folder, plus the files refused before reading. */
export interface ProjectFilesRead {
  /** Absolute project folder. */
  readonly root: string;
  readonly files: readonly ProjectFileBytes[];
  /** Files too large to read at all (KPI0001); spec refuses smaller oversize files itself. */
  readonly issues: readonly Issue[];
  /** Every YAML file found, read or not. */
  readonly fileCount: number;
  /** The build output folder relative to the root (posix), never read for definitions. */
  readonly outFolder: string;
}

export interface ReadProjectOptions {
  /**
   * Follow symlinked *files* (the CLI does, for a definition kept elsewhere by its author).
   * A server leaves this off so that it reads nothing outside its project. Symlinked
   * folders are never followed: they can loop.
   */
  readonly followFileLinks?: boolean;
}

/** `kpi build`'s default output folder; snapshots there are never definitions. */
const DEFAULT_OUT = 'build/snapshots';
/**
 * Above this a file is not read into memory at all. Spec refuses definition files over its
 * own, much smaller limit with the same code; this guard only keeps a stray multi-gigabyte
 * export from exhausting memory before spec gets to say so.
 */
export const READ_LIMIT_BYTES = 20 * 1024 * 1024;
const READ_CONCURRENCY = 32;

/**
 * Reads every *.yaml / *.yml file under a project folder as bytes — the one file-system
 * edge in front of spec's pure validateProject, shared by the CLI and the server. Skips
 * node_modules, dot-folders and the build output folder (nyckeltal.yaml's `out`). Paths
 * are posix, relative to the root and sorted, so results never depend on directory order.
 *
 * @example
 * const read = await readProjectFiles('/repo/kpis');
 * const { model, issues } = validateProject({ root: read.root, files: read.files });
 */
export async function readProjectFiles(
  root: string,
  options: ReadProjectOptions = {},
): Promise<ProjectFilesRead> {
  const follow = options.followFileLinks === true;
  const outFolder = await outputFolder(root);
  const found = (await listYamlFiles(root, root, outFolder, follow)).sort();
  const files: ProjectFileBytes[] = [];
  const issues: Issue[] = [];
  for (let i = 0; i < found.length; i += READ_CONCURRENCY) {
    const batch = found.slice(i, i + READ_CONCURRENCY);
    for (const result of await Promise.all(batch.map((path) => readOne(root, path)))) {
      if (result === undefined) continue;
      if ('issue' in result) issues.push(result.issue);
      else files.push(result);
    }
  }
  return { root, files, issues, fileCount: found.length, outFolder };
}

async function readOne(root: string, path: string): Promise<ProjectFileBytes | { issue: Issue } | undefined> {
  const absolute = join(root, ...path.split('/'));
  const info = await stat(absolute).catch(() => undefined);
  // Removed between listing and reading (an editor's save): a watcher reads again.
  if (!info) return undefined;
  if (info.size > READ_LIMIT_BYTES) {
    const params = { size: formatBytes(info.size), limit: formatBytes(MAX_FILE_BYTES) };
    return { issue: createIssue('KPI0001', params, { file: path, line: 1, column: 1 }) };
  }
  return { path, text: new Uint8Array(await readFile(absolute)) };
}

async function listYamlFiles(
  root: string,
  dir: string,
  outFolder: string,
  follow: boolean,
): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const absolute = join(dir, entry.name);
    const path = relative(root, absolute).split(sep).join('/');
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || path === outFolder) continue;
      out.push(...(await listYamlFiles(root, absolute, outFolder, follow)));
    } else if (
      /\.ya?ml$/i.test(entry.name) &&
      (entry.isFile() || (follow && entry.isSymbolicLink() && (await isFile(absolute))))
    ) {
      out.push(path);
    }
  }
  return out;
}

/** The build output folder relative to the root, from nyckeltal.yaml's `out`, as a posix path. */
async function outputFolder(root: string): Promise<string> {
  const text = await readFile(join(root, PROJECT_FILE)).catch(() => undefined);
  if (!text || text.byteLength > MAX_FILE_BYTES) return DEFAULT_OUT;
  // A broken nyckeltal.yaml is reported by validation; here it only means "use the default".
  const out = loadFile({ path: PROJECT_FILE, text: new Uint8Array(text) }).doc?.value.out;
  return typeof out === 'string' && out.length > 0
    ? out.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '')
    : DEFAULT_OUT;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}
