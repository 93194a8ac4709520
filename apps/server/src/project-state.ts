import { createHash } from 'node:crypto';
import { sep } from 'node:path';
import { readProjectFiles } from '@nyckeltal/engine';
import { type Issue, loadFile, PROJECT_FILE, type ProjectModel, validateProject } from '@nyckeltal/spec';

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
  /**
   * The project's name and language from nyckeltal.yaml: the model's settings, or, while
   * other definitions are broken, whatever nyckeltal.yaml itself still says.
   */
  readonly settings: ProjectLabel;
}

/** What the index page needs to title itself even when the definitions have errors. */
export interface ProjectLabel {
  readonly name: string | undefined;
  /** `en` or `sv` when known. */
  readonly language: string | undefined;
}

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
  const read = await readProjectFiles(root);
  const hash = createHash('sha256');
  for (const { path, text } of read.files) hash.update(`${path}\0${text.byteLength}\0`).update(text);
  const result = validateProject({ root: root.split(sep).join('/'), files: read.files });
  return {
    kind: 'project-state',
    root,
    model: result.model,
    issues: [...read.issues, ...result.issues],
    definitionsHash: hash.digest('hex'),
    outFolder: read.outFolder,
    settings: result.model
      ? { name: result.model.settings.name, language: result.model.settings.language }
      : projectLabel(read.files.find((f) => f.path === PROJECT_FILE)?.text),
  };
}

/**
 * The name and language nyckeltal.yaml gives, read on their own: a broken KPI elsewhere
 * leaves them usable, and a broken or missing nyckeltal.yaml gives neither.
 *
 * @example
 * projectLabel(new TextEncoder().encode('kind: project\nname: Desk\nlanguage: sv\n')); // { name: 'Desk', language: 'sv' }
 */
export function projectLabel(text: Uint8Array | undefined): ProjectLabel {
  const value = text ? loadFile({ path: PROJECT_FILE, text }).doc?.value : undefined;
  const name = typeof value?.name === 'string' && value.name.trim() !== '' ? value.name : undefined;
  const language = value?.language === 'en' || value?.language === 'sv' ? value.language : undefined;
  return { name, language };
}
