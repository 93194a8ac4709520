import { join, relative, sep } from 'node:path';
import { createIssue, type Grain, type Issue, type ProjectModel, sortIssues } from '@nyckeltal/spec';
import { readProject } from '../project/read-project.js';
import { compareKpiValues, dataFor, type ValueComparison } from './compare-values.js';
import { type DefinitionChange, diffProjects } from './diff-projects.js';
import { type BaseRef, gitTopLevel, readFilesAtCommit, resolveBase } from './git-files.js';
import { checkChanges, type ReadSide, readSide } from './read-side.js';
import { type SqlDiff, sqlDiffs } from './sql-diff.js';

/** Everything `kpi diff` prints, in every format. */
export interface DiffReport {
  readonly base: BaseRef;
  /** The project folder as shown (relative to where kpi runs). */
  readonly project: string;
  readonly changes: readonly DefinitionChange[];
  /** Errors block the change (exit 1); file paths relative to where kpi runs. */
  readonly issues: readonly Issue[];
  /** Values before/after of breaking KPI changes; empty when there is no data or nothing breaking. */
  readonly values: readonly ValueComparison[];
  /** The grain the values and SQL are computed at. */
  readonly grain: Grain;
  /** Why there are no values although KPIs changed in a breaking way. */
  readonly valuesSkipped?: 'no-data' | 'invalid';
  readonly sql: readonly SqlDiff[];
}

export interface DiffRequest {
  readonly cwd: string;
  /** Absolute project folder in the working tree. */
  readonly root: string;
  readonly base?: string;
  readonly data?: string;
  readonly periods: number;
  readonly grain?: Grain;
}

/**
 * Compares the project in the working tree with the same folder at the base commit (read
 * from git's object store), checks the change (version bumps, removed KPIs in use), and
 * where data is available runs the changed KPIs both ways. Throws GitError when git cannot
 * answer (not a repository, unknown ref): a usage problem for the command to report.
 *
 * @example
 * const report = await buildDiffReport({ cwd: '/repo', root: '/repo/kpis', periods: 6 });
 * report.changes.filter((c) => c.breaking).map((c) => c.id); // ['itsm.mttr']
 */
export async function buildDiffReport(request: DiffRequest): Promise<DiffReport> {
  const { cwd, root } = request;
  const repo = await gitTopLevel(root);
  const base = await resolveBase(root, request.base);
  const headRead = await readProject(root);
  const head = readSide({ root: posix(root), files: headRead.files });
  const skip = head.model ? outFolder(head.model, root) : 'build/snapshots';
  const baseFiles = await readFilesAtCommit(repo, base.commit, root, skip);
  const baseSide: ReadSide =
    baseFiles.length === 0
      ? { model: undefined, valid: true, issues: [], docs: [], unreadable: new Set<string>() }
      : readSide({ root: posix(root), files: baseFiles });

  // A definition still in the head's files but unreadable (its errors are reported) is not removed.
  const changes = diffProjects(baseSide.model, head.model).filter(
    (c) => !(c.change === 'removed' && head.unreadable.has(`${c.kind}:${c.id}`)),
  );
  const shown = (path: string) =>
    relative(cwd, join(root, ...path.split('/')))
      .split(sep)
      .join('/');
  const checks = checkChanges(changes, baseSide, head, shown);
  const flagged = new Set(checks.map((i) => `${i.file}:${i.line}`));
  // A removed KPI (policy) still named is reported once, as KPI0701 (KPI0706), not also as
  // an unknown reference.
  const headErrors = head.issues.filter(
    (i) => i.severity === 'error' && !(/^KPI030[245]$/.test(i.code) && flagged.has(`${i.file}:${i.line}`)),
  );
  const notes = baseSide.valid ? [] : [createIssue('KPI0702', { ref: base.label })];
  const issues = sortIssues([...notes, ...headErrors, ...checks]).map((i) =>
    i.file === undefined ? i : { ...i, file: shown(i.file) },
  );

  const breakingKpis = changes
    .filter((c) => c.kind === 'kpi' && c.change === 'changed' && c.breaking)
    .map((c) => c.id);
  const grain = request.grain ?? 'month';
  const valid = head.valid && baseSide.valid;
  const baseModel = valid ? baseSide.model : undefined;
  const headModel = valid ? head.model : undefined;
  const sql = baseModel && headModel ? sqlDiffs(baseModel, headModel, breakingKpis, grain) : [];
  let values: ValueComparison[] = [];
  let valuesSkipped: DiffReport['valuesSkipped'];
  if (breakingKpis.length > 0) {
    const data = headModel ? dataFor(headModel, request.data) : undefined;
    if (!baseModel || !headModel) valuesSkipped = 'invalid';
    else if (!data) valuesSkipped = 'no-data';
    else
      values = await compareKpiValues(baseModel, headModel, breakingKpis, {
        ...data,
        periods: request.periods,
        grain,
      });
  }
  return {
    base,
    project: relative(cwd, root).split(sep).join('/') || '.',
    changes: changes.map((c) => ({ ...c, file: shown(c.file) })),
    issues,
    values,
    grain,
    ...(valuesSkipped ? { valuesSkipped } : {}),
    sql,
  };
}

function posix(path: string): string {
  return path.split(sep).join('/');
}

function outFolder(model: ProjectModel, root: string): string {
  return relative(root, model.settings.out).split(sep).join('/');
}
