import { calendarIssues } from './catalog-calendar.js';
import { cliIssues } from './catalog-cli.js';
import { dataIssues } from './catalog-data.js';
import { diffIssues } from './catalog-diff.js';
import { loadIssues } from './catalog-load.js';
import { measureIssues } from './catalog-measure.js';
import { rulesIssues } from './catalog-rules.js';
import { schemaIssues } from './catalog-schema.js';
import { smartIssues } from './catalog-smart.js';
import { testIssues } from './catalog-tests.js';
import type { Issue, SourceLocation } from './issue.js';
import { fillTemplate, type IssueDefinition } from './issue-definition.js';

/** The catalog's areas in code order, for the generated docs page. */
export const issueAreas = [
  { prefix: 'KPI00', title: 'Files and YAML', issues: loadIssues },
  { prefix: 'KPI01', title: 'File structure', issues: schemaIssues },
  { prefix: 'KPI02', title: 'The measure language', issues: measureIssues },
  { prefix: 'KPI03', title: 'References and rules', issues: rulesIssues },
  { prefix: 'KPI04', title: 'SMART lint', issues: smartIssues },
  { prefix: 'KPI05', title: 'Data and engine', issues: dataIssues },
  { prefix: 'KPI06', title: 'Command line and project', issues: cliIssues },
  { prefix: 'KPI07', title: 'KPI diff', issues: diffIssues },
  { prefix: 'KPI08', title: 'Calendars and business time', issues: calendarIssues },
  { prefix: 'KPI09', title: 'KPI tests', issues: testIssues },
] as const;

/** Every issue the tools can report, by code. */
export const issueCatalog: ReadonlyMap<string, IssueDefinition> = new Map(
  issueAreas.flatMap((area) => area.issues.map((d) => [d.code, d] as const)),
);

/**
 * Raises a catalog issue at a location. Throws only for an unknown code, which is a bug.
 *
 * @example
 * createIssue('KPI0201', { field: 'prio', source: 'tickets', suggestion: ' such as "priority"' },
 *   { file: 'kpis/itsm/mttr.yaml', line: 12, column: 18 });
 */
export function createIssue(
  code: string,
  params: Record<string, string | number | undefined> = {},
  at?: Partial<SourceLocation> & { subject?: string },
): Issue {
  const def = issueCatalog.get(code);
  if (!def) throw new Error(`Bug: issue code ${code} is not in the catalog`);
  const issue: Issue = { code, severity: def.severity, message: fillTemplate(def.message, params) };
  if (def.hint) issue.hint = fillTemplate(def.hint, params);
  if (at) Object.assign(issue, stripUndefined(at));
  const given = stripUndefined(params) as Record<string, string | number>;
  if (Object.keys(given).length > 0) issue.params = given;
  return issue;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
