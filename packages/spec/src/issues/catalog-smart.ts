import type { IssueDefinition } from './issue-definition.js';

/** SMART lint: codes KPI0400–KPI0499. Append only; never rename or reuse a code. */
export const smartIssues: readonly IssueDefinition[] = [];
