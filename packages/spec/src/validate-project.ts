import { hasErrors, type Issue } from './issues/issue.js';
import { createIssue } from './issues/issue-catalog.js';
import { loadFile, loadFiles, PROJECT_FILE, type ProjectFile } from './load/load-files.js';
import type { LoadedDoc } from './load/loaded-doc.js';
import type { ProjectModel } from './model.js';
import { normalizeDocs } from './normalize/normalize-docs.js';
import { isInside } from './posix-path.js';
import { validateDocs } from './rules/validate-docs.js';

/** The files of a KPI project, read by the caller (spec itself never touches the file system). */
export interface ProjectFiles {
  /** Absolute posix folder of nyckeltal.yaml; relative paths in the project resolve against it. */
  readonly root: string;
  readonly files: readonly ProjectFile[];
}

export interface ValidateOptions {
  /** Treat warnings (the SMART lint, an empty file, …) as errors. */
  readonly strict?: boolean;
}

export interface ValidationResult {
  /** Set when there are no errors (warnings allowed unless strict). */
  readonly model: ProjectModel | undefined;
  /** Every issue found, sorted by file, line and column. */
  readonly issues: Issue[];
}

/**
 * Loads, validates and normalizes a whole project in one call: the entry `kpi validate`,
 * the server and the playground use. Never throws on bad input; a bad file never hides the
 * issues of the others. When nyckeltal.yaml lists `paths`, only files in those folders are read.
 *
 * @example
 * const { model, issues } = validateProject({
 *   root: '/work/kpis',
 *   files: [{ path: 'nyckeltal.yaml', text: 'kind: project\nname: Demo\n' }, { path: 'itsm/mttr.yaml', text: '…' }],
 * });
 * if (model) console.log(model.kpis.size);
 * else for (const i of issues) console.log(`${i.file}:${i.line}:${i.column} ${i.severity} ${i.code} ${i.message}`);
 */
export function validateProject(input: ProjectFiles, options: ValidateOptions = {}): ValidationResult {
  const projectFile = input.files.find((f) => f.path === PROJECT_FILE);
  const issues: Issue[] = [];
  const docs: LoadedDoc[] = [];
  let paths: readonly string[] = [];
  if (projectFile) {
    const loaded = loadFile(projectFile);
    issues.push(...loaded.issues);
    if (loaded.doc) {
      docs.push(loaded.doc);
      const declared = loaded.doc.valid ? loaded.doc.value.paths : undefined;
      if (Array.isArray(declared)) paths = declared as string[];
    }
  } else {
    issues.push(createIssue('KPI0014'));
  }
  const rest = input.files.filter(
    (f) => f !== projectFile && (paths.length === 0 || paths.some((p) => isInside(f.path, p))),
  );
  const loaded = loadFiles(rest);
  docs.push(...loaded.docs);
  issues.push(...loaded.issues, ...validateDocs(docs));
  const final = options.strict
    ? issues.map((i) => (i.severity === 'warning' ? { ...i, severity: 'error' as const } : i))
    : issues;
  sortIssues(final);
  return { model: hasErrors(final) ? undefined : normalizeDocs(docs, input.root), issues: final };
}

/** Sorts issues in place by file, line and column; issues without a file come first. */
export function sortIssues(issues: Issue[]): Issue[] {
  return issues.sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
