import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type ProjectFilesRead, readProjectFiles } from '@nyckeltal/engine';
import { UsageError } from '../exit-codes.js';
import type { MessageKey } from '../ui/messages.js';

export type { ProjectFileBytes } from '@nyckeltal/engine';

/** What validateProject takes, plus the files refused before reading. */
export type ProjectRead = ProjectFilesRead;

export const PROJECT_FILE = 'nyckeltal.yaml';

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
 * Reads the project's definition files (engine's readProjectFiles), following symlinked
 * files: an author may keep a definition elsewhere and link it in.
 *
 * @example
 * const project = await readProject('/repo/kpis');
 * const { issues } = validateProject(project, { strict: false });
 */
export function readProject(root: string): Promise<ProjectRead> {
  return readProjectFiles(root, { followFileLinks: true });
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}
