import { printExpr, type SlaModel, type SlaTargetModel } from '@nyckeltal/spec';
import type { Flat, FlatValue } from './flatten-definition.js';
import { putTitle } from './flatten-definition.js';

/**
 * An SLA policy's settings as comparable text. Everything that decides which tickets it
 * covers or how its clocks run — tickets source, `where`, calendar, key, priority field,
 * start/response/resolution fields, the targets of each priority, the pause clock — is
 * breaking: it changes the derived fields (`resolution_hours`, `met`, …) KPIs read.
 * The title, description and `vendor_flag` (read only by `kpi sla` to reconcile) are not.
 *
 * @example
 * flattenSla(policy).get('targets.1 - Critical'); // { text: 'response 0.5 h, resolution 2 h', breaking: true }
 * flattenSla(policy).get('vendor_flag'); // { text: 'sla_met', breaking: false }
 */
export function flattenSla(sla: SlaModel): Flat {
  const out = new Map<string, FlatValue>();
  const put = (key: string, value: string | undefined, breaking = true) => {
    if (value !== undefined && value !== '') out.set(key, { text: value, breaking });
  };
  if (sla.title) putTitle((k, v) => put(k, v, false), sla.title);
  put('description', sla.description?.trim(), false);
  put('source', sla.source);
  put('where', sla.where ? printExpr(sla.where.ast) : undefined);
  put('calendar', sla.calendar);
  put('key', sla.key);
  put('priority', sla.priority);
  put('start', sla.start);
  put('response', sla.response);
  put('resolution', sla.resolution);
  for (const priority of Object.keys(sla.targets).sort())
    put(`targets.${priority}`, targetText(sla.targets[priority]));
  const p = sla.pauses;
  if (p) {
    put('pauses.events', p.events);
    put('pauses.ticket', p.ticket);
    put('pauses.status', p.status);
    put('pauses.at', p.at);
    put('pauses.states', p.states.join(', '));
  }
  put('vendor_flag', sla.vendorFlag, false);
  return out;
}

/**
 * The fields of the tickets source whose values an SLA policy's clocks read: the key,
 * priority, start, response and resolution fields and those its `where` names.
 *
 * @example
 * slaFieldsRead(policy); // ['first_response_at', 'id', 'opened_at', 'priority', 'resolved_at', 'type']
 */
export function slaFieldsRead(sla: SlaModel): string[] {
  const named = [
    sla.key,
    sla.priority,
    sla.start,
    sla.response,
    sla.resolution,
    ...(sla.where?.fields ?? []),
  ];
  return [...new Set(named.filter((f): f is string => f !== undefined))].sort();
}

function targetText(target: SlaTargetModel | undefined): string | undefined {
  if (!target) return undefined;
  const parts = [
    target.response !== undefined ? `response ${target.response} h` : undefined,
    target.resolution !== undefined ? `resolution ${target.resolution} h` : undefined,
  ];
  return parts.filter((p) => p !== undefined).join(', ');
}
