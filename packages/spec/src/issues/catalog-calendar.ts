import type { IssueDefinition } from './issue-definition.js';

/** Calendars and business time: codes KPI0800–KPI0899. Append only; never rename or reuse a code. */
export const calendarIssues: readonly IssueDefinition[] = [
  {
    code: 'KPI0800',
    severity: 'warning',
    title: 'Dates outside the business-time range',
    message:
      'Source "{source}" has timestamps from {first} to {last}, but business time in calendar "{calendar}" is only counted from {from} to {to}; durations that start or end outside that range are left empty.',
    hint: 'Look in the source for mistyped dates such as 1900-01-01 or 2999-12-31 and correct or remove them.',
    docs: 'The engine lays out each calendar for the years the data covers, between 1970 and 2100. A business-hours duration with an end outside that span has no value (it is not counted as 0), so the KPI value rests on the other rows.',
  },
  {
    code: 'KPI0801',
    severity: 'error',
    title: 'SLA policy without a calendar',
    message: 'SLA policy "{sla}" uses calendar "{calendar}", which does not exist.{suggestion}',
    hint: 'Write the id of a calendar file (kind: calendar) under calendar:, or add a calendar with that id.',
  },
  {
    code: 'KPI0802',
    severity: 'error',
    title: 'SLA target not a positive number of hours',
    message:
      'SLA policy "{sla}" gives priority "{priority}" a {target} target of {value}, which is not a number of hours above 0.',
    hint: 'Write targets in business hours, e.g. { response: 1, resolution: 8 }.',
  },
  {
    code: 'KPI0803',
    severity: 'error',
    title: 'SLA policy refers to an unknown field',
    message:
      'SLA policy "{sla}" names field "{field}" as its {role}, but source "{source}" has no such field.{suggestion}',
    hint: 'Use a field declared under fields: in the source file.',
  },
  {
    code: 'KPI0804',
    severity: 'warning',
    title: 'Tickets with a priority the SLA does not cover',
    message:
      '{count} tickets of source "{source}" have a priority with no target in SLA policy "{sla}" (e.g. "{example}"); they are neither met nor breached.',
    hint: 'Add a target for that priority under targets:, or map the value to one that has a target.',
  },
];
