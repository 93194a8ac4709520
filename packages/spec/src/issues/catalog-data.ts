import type { IssueDefinition } from './issue-definition.js';

/** Data and engine: codes KPI0500–KPI0599. Append only; never rename or reuse a code. */
export const dataIssues: readonly IssueDefinition[] = [
  {
    code: 'KPI0501',
    severity: 'warning',
    title: 'Values that could not be read',
    message: 'Source "{source}": {count} rows have a "{field}" value that could not be read as {type}.',
    hint: 'These rows count as having no {field}. Fix the values in the data, or declare the text format with `format:` on the field (e.g. format: "%d/%m/%Y %H:%M" for 31/12/2026 14:00).',
    docs: 'The engine reads every value as the type the source declares. A value that does not fit (a date like "31/12/2026" without a declared format, the word "n/a" in a number column) is never silently dropped: the row stays, the field is empty for it, and the snapshot lists how many rows were affected with up to five examples.',
  },
  {
    code: 'KPI0502',
    severity: 'warning',
    title: 'Negative durations',
    message:
      'KPI "{kpi}": {count} rows end before they start (a negative duration); they are left out of the value.',
    hint: 'Check the timestamps of these tickets in the source system: a ticket resolved before it was opened is a data error.',
    docs: "Durations such as hours_between(opened_at, resolved_at) must not be negative. Rows where the end is before the start are left out of the value (they stay in the sample) and counted here, with up to five of them as examples: the source's key fields and the timestamps of the duration, in local time.",
  },
  {
    code: 'KPI0503',
    severity: 'error',
    title: 'Source data not found',
    message: 'Source "{source}": the data file "{path}" does not exist.',
    hint: 'Looked for {path}. Put the data file there, or correct `from: { file: … }` in the source: a relative path is read from the folder that holds nyckeltal.yaml.',
  },
  {
    code: 'KPI0504',
    severity: 'error',
    title: 'Column missing in the data',
    message: 'Source "{source}": the data has no column "{column}" for the field "{field}".',
    hint: 'Columns found: {columns}. Map the field to the right column with `column:`, or fix the export.',
  },
  {
    code: 'KPI0505',
    severity: 'error',
    title: 'Source could not be read',
    message: 'Source "{source}" could not be read: {reason}',
    hint: "Check that the file is a valid {format} file, or that the source's SQL runs in DuckDB on its own.",
  },
  {
    code: 'KPI0506',
    severity: 'error',
    title: 'No project database',
    message: 'Source "{source}" reads the table "{table}", but the project names no database.',
    hint: 'Set `database:` in nyckeltal.yaml to the DuckDB file that holds the table, or read a file with `from: { file: … }`.',
  },
  {
    code: 'KPI0507',
    severity: 'error',
    title: 'Not a period of this grain',
    message: '"{period}" is not a {grain} period.',
    hint: 'Write the period as {example}.',
  },
  {
    code: 'KPI0508',
    severity: 'error',
    title: 'KPI query failed',
    message: 'The query for source "{source}" failed: {reason}',
    hint: "This is usually a problem in the data (a column of an unexpected type) or in the source's SQL. Run `kpi explain` on the KPI to see the SQL.",
  },
  {
    code: 'KPI0509',
    severity: 'error',
    title: 'KPI cannot be computed here',
    message: 'KPI "{kpi}" uses {fn}, which cannot be computed: {reason}.',
    hint: 'Check that the calendar "{calendar}" exists in calendars/, or compute the KPI with calendar time (hours_between) instead.',
  },
];
