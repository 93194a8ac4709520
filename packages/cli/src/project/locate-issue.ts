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

/**
 * Issues once each: a source that cannot be read is reported by every scorecard that
 * reads it (`kpi build`), but a reader needs to fix it once.
 *
 * @example
 * distinctIssues([missing, { ...missing, scorecard: 'executive' }]); // [missing]
 */
export function distinctIssues<T extends SnapshotIssue>(issues: readonly T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}\u0000${issue.file ?? ''}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
