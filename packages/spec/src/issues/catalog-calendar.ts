import type { IssueDefinition } from './issue-definition.js';

/** Calendars and business time: codes KPI0800–KPI0899. Append only; never rename or reuse a code. */
export const calendarIssues: readonly IssueDefinition[] = [];
