import type { Issue } from '@nyckeltal/spec';
import { type IssueSummary, sortIssues } from './summarize-issues.js';

/**
 * Issues as one JSON document for scripts: `{ ok, issues, summary }`. `ok` is false
 * exactly when the command exits 1 (an error, or a warning under --strict).
 *
 * @example
 * JSON.parse(formatJson(issues, summary, false)).summary.errors; // 2
 */
export function formatJson(issues: readonly Issue[], summary: IssueSummary, ok: boolean): string {
  return `${JSON.stringify({ ok, issues: sortIssues(issues), summary }, null, 2)}\n`;
}
