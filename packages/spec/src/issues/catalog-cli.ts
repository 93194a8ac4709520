import type { IssueDefinition } from './issue-definition.js';

/** Command line and project: codes KPI0600–KPI0699. Append only; never rename or reuse a code. */
export const cliIssues: readonly IssueDefinition[] = [];
