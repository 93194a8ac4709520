import type { Issue, Origin, SnapshotIssue } from '@nyckeltal/spec';

/** What a data issue in a snapshot says beyond the catalog's words. */
export interface SnapshotIssueContext {
  readonly source?: string;
  readonly kpi?: string;
  /** Rows affected; 0 for a problem that is not about rows. */
  readonly count?: number;
  readonly examples?: readonly Readonly<Record<string, unknown>>[];
  /** The definition the problem traces to (a KPI's or source's file, line and column). */
  readonly origin?: Origin;
}

/**
 * A catalog issue (from createIssue) as a snapshot issue: its code, severity and words,
 * its hint and params (so localizeIssue can word it in Swedish), the source and KPI it
 * concerns, the rows affected with examples, and the definition it traces to.
 *
 * @example
 * const issue = createIssue('KPI0502', { kpi: 'itsm.mttr', count: 1 });
 * snapshotIssue(issue, { source: 'tickets', kpi: 'itsm.mttr', count: 1, examples, origin: kpi.origin });
 * // { code: 'KPI0502', severity: 'warning', message: …, hint: …, params: { kpi: 'itsm.mttr', count: 1 }, file: 'kpis/mttr.yaml', line: 1, column: 1, … }
 */
export function snapshotIssue(issue: Issue, context: SnapshotIssueContext = {}): SnapshotIssue {
  return {
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
    ...(context.source !== undefined && { source: context.source }),
    ...(context.kpi !== undefined && { kpi: context.kpi }),
    count: context.count ?? 0,
    examples: context.examples ?? [],
    ...(issue.hint !== undefined && { hint: issue.hint }),
    ...(context.origin && {
      file: context.origin.file,
      line: context.origin.line,
      column: context.origin.column,
    }),
    ...(issue.params !== undefined && { params: issue.params }),
  };
}
