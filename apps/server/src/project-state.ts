import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  createIssue,
  type Issue,
  loadFile,
  MAX_FILE_BYTES,
  PROJECT_FILE,
  type ProjectModel,
  validateProject,
} from '@nyckeltal/spec';

/** The project as the server sees it at one moment: its model or its issues, and a hash of its files. */
export interface ProjectState {
  readonly kind: 'project-state';
  /** Absolute project folder. */
  readonly root: string;
  /** Undefined when the definitions have errors. */
  readonly model: ProjectModel | undefined;
  /** Every issue, `file` relative to the project folder. */
  readonly issues: readonly Issue[];
  /** SHA-256 over every definition file's path and bytes: changes when any definition does. */
  readonly definitionsHash: string;
  /** The build output folder relative to the root (posix), never read for definitions. */
  readonly outFolder: string;
}

/** `kpi build`'s default output folder; snapshots there are never definitions. */
const DEFAULT_OUT = 'build/snapshots';
/** Above this a file is not read into memory at all (as in the CLI); spec refuses far smaller ones itself. */
const READ_LIMIT_BYTES = 20 * 1024 * 1024;

/**
 * Reads every `*.yaml`/`*.yml` under the project folder (skipping node_modules, dot-folders
 * and the build output folder, as `kpi validate` does), validates them with spec's
 * validateProject and hashes them. Reads nothing outside the folder: symlinked folders
 * are not followed.
 *
 * @example
 * const state = await loadProjectState('/srv/kpis');
 * state.model?.scorecards.size; // 3
 * state.definitionsHash;        // 'c0ffee…'
 */
export async function loadProjectState(root: string): Promise<ProjectState> {
  const outFolder = await outputFolder(root);
  const paths = (await listYamlFiles(root, root, outFolder)).sort();
  const files: { path: string; text: Uint8Array }[] = [];
  const refused: Issue[] = [];
  const hash = createHash('sha256');
  for (const path of paths) {
    const absolute = join(root, ...path.split('/'));
    const info = await stat(absolute).catch(() => undefined);
    if (!info) continue; // removed while listing: the watcher reloads again
    if (info.size > READ_LIMIT_BYTES) {
      const params = { size: megabytes(info.size), limit: megabytes(MAX_FILE_BYTES) };
      refused.push(createIssue('KPI0001', params, { file: path, line: 1, column: 1 }));
      continue;
    }
    const text = new Uint8Array(await readFile(absolute));
    files.push({ path, text });
    hash.update(`${path}\0${text.byteLength}\0`).update(text);
  }
  const result = validateProject({ root: root.split(sep).join('/'), files });
  return {
    kind: 'project-state',
    root,
    model: result.model,
    issues: [...refused, ...result.issues],
    definitionsHash: hash.digest('hex'),
    outFolder,
  };
}

async function listYamlFiles(root: string, dir: string, outFolder: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const absolute = join(dir, entry.name);
    const path = relative(root, absolute).split(sep).join('/');
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || path === outFolder) continue;
      out.push(...(await listYamlFiles(root, absolute, outFolder)));
    } else if (/\.ya?ml$/i.test(entry.name) && entry.isFile()) {
      out.push(path);
    }
  }
  return out;
}

/** `out:` from nyckeltal.yaml relative to the root, read through spec's loader. */
async function outputFolder(root: string): Promise<string> {
  const text = await readFile(join(root, PROJECT_FILE)).catch(() => undefined);
  if (!text) return DEFAULT_OUT;
  const out = loadFile({ path: PROJECT_FILE, text: new Uint8Array(text) }).doc?.value.out;
  return typeof out === 'string' && out.length > 0
    ? out.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '')
    : DEFAULT_OUT;
}

/** Sizes as the CLI writes them in KPI0001, so the message reads the same from both. */
function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
