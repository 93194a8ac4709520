import type { IssueDefinition } from './issue-definition.js';

/** Files and YAML: codes KPI0000–KPI0099. Append only; never rename or reuse a code. */
export const loadIssues: readonly IssueDefinition[] = [];
