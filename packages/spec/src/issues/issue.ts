/**
 * A user's mistake, reported rather than thrown (DESIGN.md §5). Stages return lists
 * of these; only bugs throw. Lines and columns are 1-based, as editors show them.
 *
 * @example
 * const found: Issue = {
 *   code: 'KPI0201', severity: 'error', message: 'Unknown field "prio".',
 *   hint: 'Did you mean "priority"?', file: 'kpis/itsm/mttr.yaml', line: 12, column: 18,
 * };
 */
export interface Issue {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The definition the issue belongs to (a KPI, source, scorecard or calendar id), when known. */
  subject?: string;
  /**
   * The values the catalog's `{placeholders}` were filled with, so the issue can be worded
   * again in another language (localizeIssue) or read by a script without parsing `message`.
   */
  params?: Readonly<Record<string, string | number>>;
}

export type Severity = 'error' | 'warning';

/** Where in a file something is; 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** True when at least one issue is an error (warnings alone do not fail a run). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
