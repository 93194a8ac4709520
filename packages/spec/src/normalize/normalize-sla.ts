import type { LoadedDoc } from '../load/loaded-doc.js';
import type { SlaModel, SlaTargetModel, SourceModel } from '../model.js';
import type { DocIndex, Typed } from '../rules/doc-index.js';
import { typeExpression } from '../rules/typed-kpi.js';
import type { SlaDoc } from '../schemas/sla-schema.js';
import { localize } from './normalize-text.js';
import { slaRelationName, slaSourceFields } from './sla-fields.js';

/**
 * The SlaModel of a schema-valid, rule-checked `kind: sla` document: the key field
 * resolved (declared, or the tickets source's one `key: true` field), targets copied.
 *
 * @example
 * normalizeSla(index, sla).key; // 'id'
 */
export function normalizeSla(index: DocIndex, { doc, data }: Typed<SlaDoc>): SlaModel {
  const key = data.key ?? [...(index.fields(data.source)?.values() ?? [])].find((f) => f.key)?.name;
  if (key === undefined) throw new Error(`Bug: normalize called on SLA ${data.id} whose tickets have no key`);
  const targets: Record<string, SlaTargetModel> = {};
  for (const [priority, t] of Object.entries(data.targets)) {
    targets[priority] = {
      ...(t.response !== undefined ? { response: t.response } : {}),
      ...(t.resolution !== undefined ? { resolution: t.resolution } : {}),
    };
  }
  const p = data.pauses;
  const fields = index.fields(data.source);
  const calendars = new Set(index.ids.calendar.keys());
  const where =
    data.where === undefined || !fields
      ? undefined
      : typeExpression(doc, 'where', data.where, { fields, role: 'where', calendars }).expr;
  return {
    id: data.id,
    ...(data.title !== undefined ? { title: localize(data.title) } : {}),
    ...(data.description !== undefined ? { description: data.description } : {}),
    source: data.source,
    ...(where ? { where } : {}),
    calendar: data.calendar,
    key,
    priority: data.priority,
    start: data.start,
    ...(data.response !== undefined ? { response: data.response } : {}),
    resolution: data.resolution,
    targets,
    ...(p
      ? { pauses: { events: p.events, ticket: p.ticket, status: p.status, at: p.at, states: [...p.states] } }
      : {}),
    ...(data.vendor_flag !== undefined ? { vendorFlag: data.vendor_flag } : {}),
    origin: originOf(doc),
  };
}

/**
 * The derived source an SLA policy stands for, under the policy's id: its tickets'
 * fields and the clock fields, in the tickets' time zone, read from the relation the
 * engine prepares (`sla_<id>`) before it loads sources.
 *
 * @example
 * const source = slaSource(sla, tickets);
 * source.derived; // { kind: 'sla', sla: 'incident-sla' }
 * source.from;    // { kind: 'sql', sql: 'select * from "sla_incident_sla"' }
 */
export function slaSource(sla: SlaModel, tickets: SourceModel): SourceModel {
  return {
    id: sla.id,
    title: sla.title ?? localize(sla.id),
    description:
      sla.description ??
      `The tickets of source "${tickets.id}" with the clocks of SLA policy "${sla.id}" in business hours of calendar "${sla.calendar}".`,
    from: { kind: 'sql', sql: `select * from "${slaRelationName(sla.id)}"` },
    timeZone: tickets.timeZone,
    fields: slaSourceFields(tickets.fields),
    derived: { kind: 'sla', sla: sla.id },
    origin: sla.origin,
  };
}

function originOf(doc: LoadedDoc) {
  return { file: doc.file, line: 1, column: 1 };
}
