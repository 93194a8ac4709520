import type { Issue } from '@nyckeltal/spec';

export interface IssueSummary {
  readonly errors: number;
  readonly warnings: number;
  /** Files read for the project (not only those with issues). */
  readonly files: number;
  readonly filesWithIssues: number;
}

/**
 * Counts issues by severity, for the summary line and the JSON output.
 *
 * @example
 * summarizeIssues([{ code: 'KPI0201', severity: 'error', message: '…', file: 'a.yaml' }], 14);
 * // { errors: 1, warnings: 0, files: 14, filesWithIssues: 1 }
 */
export function summarizeIssues(issues: readonly Issue[], files: number): IssueSummary {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return {
    errors,
    warnings: issues.length - errors,
    files,
    filesWithIssues: new Set(issues.flatMap((i) => (i.file === undefined ? [] : [i.file]))).size,
  };
}

/**
 * Issues in reading order: project-wide ones (no file) first, then by file, line,
 * column and code, so output is stable from run to run and grouped by file.
 *
 * @example
 * sortIssues(issues).map((i) => `${i.file}:${i.line}`); // ['a.yaml:3', 'a.yaml:9', 'b.yaml:1']
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      compareText(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.code, b.code),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether a validation run fails: any error, or any warning under --strict.
 *
 * @example
 * failsValidation([{ code: 'KPI0401', severity: 'warning', message: '…' }], false); // false
 * failsValidation([{ code: 'KPI0401', severity: 'warning', message: '…' }], true);  // true
 */
export function failsValidation(issues: readonly Issue[], strict: boolean): boolean {
  return issues.some((i) => i.severity === 'error' || strict);
}
