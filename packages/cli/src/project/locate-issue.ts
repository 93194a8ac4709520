import { join, relative, sep } from 'node:path';
import type { ProjectModel, SnapshotIssue } from '@nyckeltal/spec';

/**
 * The issue with the file a reader opens to fix it, shown relative to where kpi runs:
 * the engine's location (the source that cannot be read), else the definition of the
 * issue's KPI (negative durations) or source (values that could not be read).
 *
 * @example
 * locateIssue({ code: 'KPI0503', source: 'desk', file: 'sources/desk.yaml', line: 1, column: 1, … }, model, '/repo');
 * // { …, file: 'kpis/sources/desk.yaml', line: 1, column: 1 }
 */
export function locateIssue(issue: SnapshotIssue, model: ProjectModel, cwd: string): SnapshotIssue {
  const origin =
    issue.file !== undefined
      ? { file: issue.file, line: issue.line ?? 1, column: issue.column ?? 1 }
      : issue.kpi !== undefined
        ? model.kpis.get(issue.kpi)?.origin
        : issue.source !== undefined
          ? model.sources.get(issue.source)?.origin
          : undefined;
  if (!origin) return issue;
  const file = relative(cwd, join(model.root, ...origin.file.split('/')))
    .split(sep)
    .join('/');
  return { ...issue, file, line: origin.line, column: origin.column };
}
