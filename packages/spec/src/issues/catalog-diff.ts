import type { IssueDefinition } from './issue-definition.js';

/** KPI diff: codes KPI0700–KPI0799. Append only; never rename or reuse a code. */
export const diffIssues: readonly IssueDefinition[] = [];
