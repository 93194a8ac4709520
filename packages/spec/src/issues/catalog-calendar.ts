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
  {
    code: 'KPI0805',
    severity: 'error',
    title: 'SLA policy refers to an unknown source',
    message: 'SLA policy "{sla}" reads {role} from source "{source}", but no source has that id.',
    hint: '{suggestion}Sources are defined in files with "kind: source"; known sources: {known}.',
  },
  {
    code: 'KPI0806',
    severity: 'error',
    title: 'SLA field of the wrong type',
    message:
      'SLA policy "{sla}" uses field "{field}" of source "{source}" as its {role}, but that field is a {found}, not a {expected}.',
    hint: 'Name a {expected} field here, or declare the field with type: {expected} in the source file.',
  },
  {
    code: 'KPI0807',
    severity: 'error',
    title: 'SLA policy with the id of a source',
    message:
      'SLA policy "{sla}" has the same id as a source; a KPI naming "{sla}" under source: could mean either.',
    hint: 'Give the SLA policy its own id, e.g. "{sla}-sla".',
    docs: 'An SLA policy is also a source: KPIs name its id under source: to read each ticket with its SLA clocks (response_hours, resolution_hours, met, …). So its id must differ from every source id.',
  },
  {
    code: 'KPI0808',
    severity: 'warning',
    title: 'SLA value no ticket can have',
    message:
      'SLA policy "{sla}" lists "{value}" under {where}, but field "{field}" of source "{source}" allows only: {allowed}.',
    hint: "Correct the spelling (values are compared exactly, including case), or add the value to the field's values: in the source file.",
  },
  {
    code: 'KPI0809',
    severity: 'error',
    title: 'SLA policy cannot tell tickets apart',
    message:
      'SLA policy "{sla}" needs the field that identifies a ticket, but source "{source}" marks {count} fields with key: true.',
    hint: 'Write key: <field> in the SLA policy, or mark exactly one field of the source with key: true.',
  },
  {
    code: 'KPI0810',
    severity: 'error',
    title: 'Response target without a response time',
    message:
      'SLA policy "{sla}" gives priority "{priority}" a response target, but names no response field to measure it.',
    hint: 'Add response: <timestamp field of the first response>, e.g. response: first_response_at, or remove the response targets.',
  },
  {
    code: 'KPI0811',
    severity: 'error',
    title: 'Source field with the name of an SLA clock',
    message:
      'Source "{source}" has a field "{field}", which SLA policy "{sla}" adds to each ticket as its own.',
    hint: 'Rename the field in the source (fields: new_name: { column: {field}, … }) so the SLA clock keeps its name.',
    docs: 'An SLA policy adds these fields to each ticket of its source: response_hours, resolution_hours, paused_hours, response_target, resolution_target, response_met, resolution_met and met.',
  },
];
