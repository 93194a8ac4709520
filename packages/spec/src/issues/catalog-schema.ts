import type { IssueDefinition } from './issue-definition.js';

/** File structure (JSON Schema): codes KPI0100–KPI0199. Append only; never rename or reuse a code. */
export const schemaIssues: readonly IssueDefinition[] = [];
