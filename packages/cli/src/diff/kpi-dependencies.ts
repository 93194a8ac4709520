import {
  type ExprNode,
  type KpiModel,
  type ProjectModel,
  type SlaModel,
  type SourceModel,
  walkExpr,
} from '@nyckeltal/spec';
import { type FlatValue, flattenCalendar, flattenSource } from './flatten-definition.js';
import { flattenSla, slaFieldsRead } from './flatten-sla.js';

/** The fields of a policy's tickets that its targets decide; hours do not depend on targets. */
const verdictFields = new Set([
  'response_target',
  'resolution_target',
  'response_met',
  'resolution_met',
  'met',
]);

type Dependencies = Pick<ProjectModel, 'root' | 'sources' | 'calendars' | 'slas'>;

/**
 * What a KPI's numbers depend on outside its own file, all breaking:
 *
 * - a plain source: its `from`, time zone and the column, type and format of each field the
 *   KPI reads (`source.…`);
 * - an SLA policy as source (`sla.<id>.…`): every setting of the policy that changes its
 *   clocks, and what the policy reads — its tickets source (`tickets.…`: `from`, time zone,
 *   the fields the KPI and the policy read) and its status history (`events.…`). Its
 *   targets and priority field only count for a KPI that reads a verdict or target
 *   (`met`, `resolution_met`, `response_target`, …): they cannot move `resolution_hours`;
 * - every setting of a business-hours calendar the KPI uses directly or through its
 *   policy (`calendar.<id>.…`).
 *
 * @example
 * kpiDependencies(kpi, project).get('source.fields.resolved_at.column'); // { text: 'sys_resolved_at', breaking: true }
 * kpiDependencies(complianceOnPolicy, project).get('sla.desk-sla.targets.P1'); // { text: 'resolution 4 h', breaking: true }
 */
export function kpiDependencies(kpi: KpiModel, project: Dependencies): ReadonlyMap<string, FlatValue> {
  const out = new Map<string, FlatValue>();
  const source = project.sources.get(kpi.source);
  const derived = source?.derived;
  const sla = derived?.kind === 'sla' ? project.slas?.get(derived.sla) : undefined;
  const calendars = calendarsUsed([kpi.measure.ast, kpi.where?.ast]);
  if (sla) {
    const at = `sla.${sla.id}`;
    const verdicts = fieldsRead(kpi).some((f) => verdictFields.has(f));
    for (const [key, value] of flattenSla(sla)) {
      // Targets (and the priority field that picks them) decide verdicts, not clocks.
      const onlyVerdicts = key === 'priority' || key.startsWith('targets.');
      if (value.breaking && (verdicts || !onlyVerdicts)) out.set(`${at}.${key}`, value);
    }
    const tickets = project.sources.get(sla.source);
    if (tickets) {
      const read = [...fieldsRead(kpi).filter((f) => tickets.fields.has(f)), ...slaFieldsRead(sla)];
      putSourceReads(out, `${at}.tickets`, tickets, read, project.root);
    }
    const pauses = sla.pauses;
    const events = pauses ? project.sources.get(pauses.events) : undefined;
    if (pauses && events)
      putSourceReads(out, `${at}.events`, events, [pauses.ticket, pauses.status, pauses.at], project.root);
    calendars.push(...slaCalendars(sla));
  } else if (source) {
    putSourceReads(out, 'source', source, fieldsRead(kpi), project.root);
  }
  for (const id of [...new Set(calendars)].sort()) {
    const calendar = project.calendars.get(id);
    if (!calendar) continue;
    for (const [key, value] of flattenCalendar(calendar)) {
      if (!key.startsWith('title.')) out.set(`calendar.${id}.${key}`, { ...value, breaking: true });
    }
  }
  return out;
}

/** A source's `from` and time zone, and the column, type and format of the named fields, under a prefix. */
function putSourceReads(
  out: Map<string, FlatValue>,
  prefix: string,
  source: SourceModel,
  names: readonly string[],
  root: string,
): void {
  for (const [key, value] of flattenSource(source, root)) {
    if (key === 'from' || key === 'time_zone') out.set(`${prefix}.${key}`, value);
  }
  for (const name of [...new Set(names)].sort()) {
    const field = source.fields.get(name);
    if (!field) continue;
    out.set(`${prefix}.fields.${name}.column`, { text: field.column, breaking: true });
    out.set(`${prefix}.fields.${name}.type`, { text: field.type, breaking: true });
    if (field.format) out.set(`${prefix}.fields.${name}.format`, { text: field.format, breaking: true });
  }
}

/** Fields the KPI's numbers read: measure, filter and time field (not breakdowns, which only split them). */
export function fieldsRead(kpi: KpiModel): string[] {
  return [...new Set([...kpi.measure.fields, ...(kpi.where?.fields ?? []), kpi.time])].sort();
}

/**
 * The calendars an SLA policy's clocks run in: its own, and any its `where` names.
 *
 * @example
 * slaCalendars(policy); // ['se-office']
 */
export function slaCalendars(sla: SlaModel): string[] {
  return [...new Set([sla.calendar, ...calendarsUsed([sla.where?.ast])])].sort();
}

/**
 * Calendar ids named by business_*_between calls in the given expressions.
 *
 * @example
 * calendarsUsed([kpi.measure.ast, kpi.where?.ast]); // ['se-office']
 */
export function calendarsUsed(asts: readonly (ExprNode | undefined)[]): string[] {
  const ids = new Set<string>();
  const visit = (node: ExprNode) => {
    if (node.kind !== 'call' || !node.fn.startsWith('business_')) return;
    const last = node.args.at(-1);
    if (last?.kind === 'literal' && typeof last.value === 'string') ids.add(last.value);
  };
  for (const ast of asts) if (ast) walkExpr(ast, visit);
  return [...ids].sort();
}
