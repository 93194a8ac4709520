import type { IssueTextsSv } from './issue-catalog-sv.js';

/** Swedish words for catalog-cli.ts (KPI0600–KPI0699); same placeholders as the English. */
export const cliIssuesSv: IssueTextsSv = {};
