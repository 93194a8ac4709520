import type { IssueDefinition } from './issue-definition.js';

/** References and rules: codes KPI0300–KPI0399. Append only; never rename or reuse a code. */
export const rulesIssues: readonly IssueDefinition[] = [];
