import type { FieldModel, FieldType } from '../model.js';

/** A field an SLA policy adds to each ticket, as the engine computes it. */
export interface SlaClockField {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
}

/**
 * The fields an SLA policy adds to its tickets, in the order of the derived source's
 * columns. Hours are business hours in the policy's calendar, net of pauses; a clock that
 * has not stopped yet (no response or resolution) is null, and so is its verdict.
 *
 * @example
 * slaClockFields.map((f) => f.name); // ['response_hours', 'resolution_hours', 'paused_hours', …, 'met']
 */
export const slaClockFields: readonly SlaClockField[] = [
  {
    name: 'response_hours',
    type: 'number',
    description: 'Business hours from start to first response, less pauses in between.',
  },
  {
    name: 'resolution_hours',
    type: 'number',
    description: 'Business hours from start to resolution, less pauses in between.',
  },
  {
    name: 'paused_hours',
    type: 'number',
    description: 'Business hours spent in pause states between start and resolution (0 without pauses).',
  },
  {
    name: 'response_target',
    type: 'number',
    description: "The priority's response target in business hours.",
  },
  {
    name: 'resolution_target',
    type: 'number',
    description: "The priority's resolution target in business hours.",
  },
  { name: 'response_met', type: 'boolean', description: 'First response within its target.' },
  { name: 'resolution_met', type: 'boolean', description: 'Resolution within its target.' },
  {
    name: 'met',
    type: 'boolean',
    description:
      "Every target the ticket's priority has was met; null while a clock runs or when the priority has no target.",
  },
];

/**
 * The fields of an SLA policy's derived source: every field of its tickets source (read
 * back by name from the tickets relation, so `column` is the name and no `format` is
 * needed), then the clock fields.
 *
 * @example
 * slaSourceFields(ticketFields).get('met')?.type; // 'boolean'
 */
export function slaSourceFields(tickets: ReadonlyMap<string, FieldModel>): ReadonlyMap<string, FieldModel> {
  const out = new Map<string, FieldModel>();
  for (const field of tickets.values()) {
    const { format: _format, ...rest } = field;
    out.set(field.name, { ...rest, column: field.name });
  }
  for (const clock of slaClockFields) {
    out.set(clock.name, {
      name: clock.name,
      type: clock.type,
      column: clock.name,
      key: false,
      description: clock.description,
    });
  }
  return out;
}

/**
 * The relation the engine creates for an SLA policy's tickets and clocks, which its
 * derived source reads: `sla_` and the id with characters outside [a-z0-9_] as `_`.
 *
 * @example
 * slaRelationName('incident-sla'); // 'sla_incident_sla'
 */
export function slaRelationName(slaId: string): string {
  return `sla_${slaId.replace(/[^a-z0-9_]/g, '_')}`;
}
