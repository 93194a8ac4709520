import type { IssueDefinition } from './issue-definition.js';

/** KPI tests (`kind: test`, docs/kpi-tests.md): codes KPI0900–KPI0999. Append only; never rename or reuse a code. */
export const testIssues: readonly IssueDefinition[] = [
  {
    code: 'KPI0901',
    severity: 'error',
    title: 'Test expects an unknown KPI',
    message: 'Test "{test}" expects a value of KPI "{kpi}", but there is no KPI with that id.',
    hint: '{suggestion}Use the id of an existing KPI; known KPIs include: {known}.',
  },
  {
    code: 'KPI0902',
    severity: 'error',
    title: 'Test period is not a period',
    message: 'Test "{test}" expects KPI "{kpi}" in period "{period}", which {detail}.',
    hint: 'Write a day 2026-10-05, an ISO week 2026-W41, a month 2026-10, a quarter 2026-Q4 or a year 2026; the form of the key gives the grain.',
  },
  {
    code: 'KPI0903',
    severity: 'error',
    title: 'Test names an unknown source',
    message: 'Test "{test}" names source "{source}" under "{setting}", but no source has that id.',
    hint: '{suggestion}Rows are listed under the id of a source (a file with "kind: source"); known sources: {known}.',
  },
  {
    code: 'KPI0904',
    severity: 'error',
    title: 'Test row has an unknown field',
    message:
      'Row {row} of source "{source}" in test "{test}" gives "{field}", which is not a field of the source.',
    hint: '{suggestion}Rows use the source’s field names (not its column names): {known}.',
  },
  {
    code: 'KPI0905',
    severity: 'error',
    title: 'Test value does not fit its field',
    message:
      '"{field}" in row {row} of source "{source}" is {found}, but the field is of type {type}: {expected}.',
    hint: '{example}',
    docs: 'A value that does not fit its field would be read as empty by the engine, so the test would check something other than what it says. Quote text that looks like a number ("001").',
  },
  {
    code: 'KPI0906',
    severity: 'error',
    title: 'Test value is not one the field allows',
    message:
      '"{field}" in row {row} of source "{source}" is "{value}", which is not one of the values the field allows.',
    hint: '{suggestion}The source allows: {allowed}.',
  },
  {
    code: 'KPI0907',
    severity: 'error',
    title: 'Test rows for a source that does not read a table',
    message: 'Test "{test}" gives rows for source "{source}", which does not read a table but {from}.',
    hint: 'Add "{source}" under "replace:" so that the rows stand in for {from} (which the test then does not check), or give rows for a source that reads a table.',
  },
  {
    code: 'KPI0908',
    severity: 'error',
    title: 'Test rows for an SLA policy',
    message:
      'Test "{test}" gives rows for "{source}", an SLA policy, whose rows are computed from source "{tickets}".',
    hint: 'Give the rows under "{tickets}" (and the pause events under their source); kpi test computes the clocks from them.',
  },
  {
    code: 'KPI0909',
    severity: 'warning',
    title: 'Replace names a table source',
    message:
      'Test "{test}" lists source "{source}" under "replace", but it reads a table, which a test fills anyway.',
    hint: 'Remove "{source}" from "replace".',
  },
  {
    code: 'KPI0910',
    severity: 'error',
    title: 'Same KPI and period expected twice',
    message:
      'Test "{test}" expects KPI "{kpi}" in period {period} twice: in expectations {first} and {second}.',
    hint: 'Keep one expectation per KPI and period; if the two values differ, work the arithmetic out again.',
  },
];
