import type { IssueDefinition } from './issue-definition.js';

/** File structure (JSON Schema): codes KPI0100–KPI0199. Append only; never rename or reuse a code. */
export const schemaIssues: readonly IssueDefinition[] = [
  {
    code: 'KPI0101',
    severity: 'error',
    title: 'Unknown setting',
    message: '"{property}" is not a setting of {where}.',
    hint: '{suggestion}The settings allowed here are: {allowed}.',
    docs: 'Misspelled settings are reported rather than ignored, so a typo such as "treshold" cannot silently drop a threshold.',
  },
  {
    code: 'KPI0102',
    severity: 'error',
    title: 'Required setting missing',
    message: '{where} needs the setting "{property}".',
    hint: 'Add "{property}:" here. {description}',
  },
  {
    code: 'KPI0103',
    severity: 'error',
    title: 'Value not allowed',
    message: '"{value}" is not an allowed value for {field}.',
    hint: '{suggestion}Use one of: {allowed}.',
  },
  {
    code: 'KPI0104',
    severity: 'error',
    title: 'Wrong kind of value',
    message: '{field} should be {expected}, but it is {found}.',
    hint: '{description}',
  },
  {
    code: 'KPI0105',
    severity: 'error',
    title: 'Badly formed value',
    message: '"{value}" is not a valid value for {field}: {rule}.',
    hint: '{description}',
  },
  {
    code: 'KPI0106',
    severity: 'error',
    title: 'Number out of range',
    message: '{field} is {value}, but it must be {comparison} {limit}.',
    hint: '{description}',
  },
  {
    code: 'KPI0107',
    severity: 'error',
    title: 'Empty value',
    message: '{field} is empty, but it needs at least {limit} {things}.',
    hint: '{description}',
  },
  {
    code: 'KPI0108',
    severity: 'error',
    title: 'Listed twice',
    message: '{field} lists "{value}" twice.',
    hint: 'Remove the second mention.',
  },
  {
    code: 'KPI0109',
    severity: 'error',
    title: 'Structure not allowed',
    message: '{field} does not have the expected form: {detail}.',
    hint: '{description}',
  },
];
