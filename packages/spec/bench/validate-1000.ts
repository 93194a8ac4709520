// Validating 1,000 KPI files must take under a second in one process (issue 2).
//   pnpm exec tsx packages/spec/bench/validate-1000.ts
// Generates the files in memory (a source, a calendar, 1,000 KPIs in a support tree), runs
// validateProject five times and prints the median; the first run includes warm-up.
import { validateProject } from '../src/validate-project.js';

const KPIS = 1000;
const source = `kind: source
id: tickets
from: { table: tickets }
time_zone: Europe/Stockholm
fields:
  id: { type: string, key: true }
  type: { type: string, values: [incident, request, question] }
  priority: string
  channel: string
  opened_at: timestamp
  first_response_at: timestamp
  resolved_at: timestamp
  first_contact: boolean
  reopen_count: integer
`;
const calendar =
  'kind: calendar\nid: office\ntime_zone: Europe/Stockholm\nhours: { mon-fri: "08:00-17:00" }\n';
// Each measure with the unit it yields, so the files are clean and every rule runs to the end.
const measures: readonly (readonly [string, string])[] = [
  ['avg(hours_between(opened_at, resolved_at))', 'hours'],
  ['share(first_contact)', 'percent'],
  ["median(business_hours_between(opened_at, first_response_at, 'office'))", 'hours'],
  ["count(*) filter (where priority = '1 - Critical')", 'count'],
  ['percentile(hours_between(opened_at, resolved_at), 0.9)', 'hours'],
];

function kpi(i: number): string {
  const outcome = i === 0;
  const [measure, unit] = measures[i % measures.length]!;
  return `# yaml-language-server: $schema=../../packages/spec/schema/kpi.schema.json
kind: kpi
id: bench.k${i}
version: 1
title: { en: Generated KPI ${i}, sv: Genererat nyckeltal ${i} }
description: >
  Generated KPI number ${i} for the validation benchmark,
  measuring resolved incidents.
category: itsm
level: ${outcome ? 'outcome' : 'process'}
owner: { name: Owner ${i}, team: team-${i % 10} }
source: tickets
measure: ${measure}
where: type = 'incident' and resolved_at is not null and reopen_count < 3
time: resolved_at
unit: ${unit}
direction: lower
breakdowns: [priority, channel]
targets:
  - { value: 10, from: 2025-01-01, until: 2025-12-31 }
  - { value: 8, from: 2026-01-01, until: 2026-12-31 }
thresholds: { green: 8, amber: 12 }
review: monthly
${outcome ? '' : `supports: [bench.k${Math.floor((i - 1) / 4)}]\n`}min_sample: 30
`;
}

const files = [
  { path: 'nyckeltal.yaml', text: 'kind: project\nname: Benchmark\n' },
  { path: 'sources/tickets.yaml', text: source },
  { path: 'calendars/office.yaml', text: calendar },
  ...Array.from({ length: KPIS }, (_, i) => ({ path: `itsm/k${i}.yaml`, text: kpi(i) })),
];

const times: number[] = [];
// CPU time of this process too: on a shared, overloaded machine wall time mostly measures the wait.
const cpu: number[] = [];
let issues = 0;
let kpis = 0;
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = validateProject({ root: '/bench', files });
  const used = process.cpuUsage(cpuStart);
  times.push(performance.now() - start);
  cpu.push((used.user + used.system) / 1000);
  issues = result.issues.length;
  kpis = result.model?.kpis.size ?? 0;
}
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const median = medianOf(times);
console.log(`validateProject: ${KPIS} KPI files (+3), ${kpis} KPIs in the model, ${issues} issues`);
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
console.log(
  `median: ${median.toFixed(0)} ms wall (${((median / 1000) * 100).toFixed(0)} % of the 1 s budget)`,
);
console.log(
  `median CPU time: ${medianOf(cpu).toFixed(0)} ms (runs: ${cpu.map((t) => t.toFixed(0)).join(', ')})`,
);
if (issues > 0 || kpis !== KPIS) process.exitCode = 1;
