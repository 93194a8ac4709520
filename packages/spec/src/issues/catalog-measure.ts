import type { IssueDefinition } from './issue-definition.js';

/** The measure language: codes KPI0200–KPI0299. Append only; never rename or reuse a code. */
export const measureIssues: readonly IssueDefinition[] = [];
