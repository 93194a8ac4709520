import type { IssueDefinition } from './issue-definition.js';

/** SMART lint: codes KPI0400–KPI0499. Append only; never rename or reuse a code. */
export const smartIssues: readonly IssueDefinition[] = [
  {
    code: 'KPI0401',
    severity: 'warning',
    title: 'Not Specific: no description',
    message: 'S (Specific): KPI "{kpi}" {detail}.',
    hint: 'Add "description:" with at least one full sentence saying exactly what is counted, e.g. "Average calendar hours from when an incident is opened until it is resolved."',
  },
  {
    code: 'KPI0402',
    severity: 'warning',
    title: 'Not Measurable: the measure does not check',
    message: 'M (Measurable): KPI "{kpi}" cannot be measured yet, because {detail}.',
    hint: 'Fix the errors reported for its measure and source; a KPI is measurable when its measure type-checks against the fields of its source.',
  },
  {
    code: 'KPI0403',
    severity: 'warning',
    title: 'Not Accepted: no owner',
    message: 'A (Accepted): KPI "{kpi}" {detail}.',
    hint: 'Add owner: { name: Service desk manager, team: service-desk } (or an email) so someone has accepted responsibility for it.',
  },
  {
    code: 'KPI0404',
    severity: 'warning',
    title: 'Not Relevant: no level',
    message: 'R (Relevant): KPI "{kpi}" has no level, so its place in the KPI tree is unknown.',
    hint: 'Add "level:" with input, process, output or outcome. Until then it is treated as a process KPI.',
  },
  {
    code: 'KPI0405',
    severity: 'warning',
    title: 'Not Relevant: outcome without supporting KPIs',
    message: 'R (Relevant): outcome KPI "{kpi}" has no KPIs supporting it.',
    hint: 'Add "supports: [{kpi}]" to the input, process or output KPIs that move this outcome.',
  },
  {
    code: 'KPI0406',
    severity: 'warning',
    title: 'Not Relevant: supports nothing',
    message: 'R (Relevant): {level} KPI "{kpi}" does not support any other KPI.',
    hint: 'Add "supports:" with the ids of the KPIs (ultimately an outcome) that this one helps to move.',
  },
  {
    code: 'KPI0407',
    severity: 'warning',
    title: 'Not Time-bound: no dated target',
    message: 'T (Time-bound): KPI "{kpi}" {detail}.',
    hint: 'Add a target with dates, e.g. targets: [{ value: 8, from: 2026-01-01, until: 2026-12-31 }].',
  },
  {
    code: 'KPI0408',
    severity: 'warning',
    title: 'Not Time-bound: no review cadence',
    message: 'T (Time-bound): KPI "{kpi}" has no review cadence.',
    hint: 'Add "review:" with daily, weekly, monthly, quarterly or yearly: how often the owner looks at it.',
  },
];
