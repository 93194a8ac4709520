import type { IssueDefinition } from './issue-definition.js';

/** Data and engine: codes KPI0500–KPI0599. Append only; never rename or reuse a code. */
export const dataIssues: readonly IssueDefinition[] = [];
