import type { IssueDefinition } from './issue-definition.js';

/** KPI diff: codes KPI0700–KPI0799. Append only; never rename or reuse a code. */
export const diffIssues: readonly IssueDefinition[] = [
  {
    code: 'KPI0700',
    severity: 'error',
    title: 'Numbers change without a new version',
    message:
      'KPI "{kpi}" changes in a way that can change its numbers ({fields}), but its version is still {version}.',
    hint: 'Set version: {next} in {file}, so readers of old and new numbers can tell them apart.',
    docs: "`kpi diff` compares the pull request with its base. A change to the measure, the filter (`where`), the time field, the source, the unit, to what the source reads (`from`, `sql`, `time_zone`, the column, type or format of a field the KPI uses) or to a business-hours calendar the KPI uses can change the KPI's values for periods already reported. So can a change to the SLA policy a KPI reads as its `source:` (its tickets source, `where`, calendar, key, start, response or resolution field or pauses — not its `vendor_flag`) or to that policy's calendar: every KPI reading the policy needs the bump. A change to the policy's targets or priority field needs it only in KPIs that read a verdict or target (`met`, `resolution_met`, `response_target`, …), since targets do not change the hours. Such a change needs a higher `version`, so snapshots and dashboards show which definition a number comes from.\n\n```yaml\nversion: 2   # was 1: the measure now excludes reopened tickets\n```",
  },
  {
    code: 'KPI0701',
    severity: 'error',
    title: 'Removed KPI still in use',
    message: 'KPI "{kpi}" is removed, but {user} still names it.',
    hint: 'Remove "{kpi}" from {user} too, or keep the KPI.',
    docs: 'A KPI that a scorecard lists or another KPI `supports` cannot be removed alone: remove the references in the same pull request.',
  },
  {
    code: 'KPI0702',
    severity: 'warning',
    title: 'Base version has errors',
    message: 'The definitions at {ref} have errors, so they are compared as far as they can be read.',
    hint: 'Nothing to fix in this change; the comparison may list fewer changes than there are.',
  },
  {
    code: 'KPI0703',
    severity: 'error',
    title: 'Owner team without review handle',
    message: 'KPI "{kpi}" is owned by team "{team}", which has no code-review handle.',
    hint: 'Add the team under owners: in nyckeltal.yaml, e.g. {team}: "@your-org/{team}".',
    docs: '`kpi owners` maps each KPI file to the review handle of its owning team, so a change to a KPI is reviewed by the people who own it.\n\n```yaml\n# nyckeltal.yaml\nowners:\n  service-desk: "@acme/service-desk"\n```',
  },
  {
    code: 'KPI0704',
    severity: 'error',
    title: 'KPI without owner team',
    message: 'KPI "{kpi}" names no owner team, so no one is asked to review its changes.',
    hint: 'Add team: to the owner, e.g. owner: { name: …, team: service-desk }.',
  },
  {
    code: 'KPI0705',
    severity: 'error',
    title: 'CODEOWNERS out of date',
    message: 'The nyckeltal block in {file} does not match the KPI owners{detail}.',
    hint: 'Run "kpi owners" to rewrite the block, and commit the result.',
  },
  {
    code: 'KPI0706',
    severity: 'error',
    title: 'Removed SLA policy still in use',
    message: 'SLA policy "{sla}" is removed, but KPI "{kpi}" still reads it as its source.',
    hint: 'Point KPI "{kpi}" at another source or policy in the same change, or keep the policy.',
    docs: "A KPI that names an SLA policy under `source:` reads the policy's tickets and clocks (`resolution_hours`, `met`, …). Removing the policy leaves the KPI with nothing to read: change or remove those KPIs in the same pull request.",
  },
];
