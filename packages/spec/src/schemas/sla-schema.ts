import type { FromSchema } from 'json-schema-to-ts';
import { descriptionSchema, idSchema, JSON_SCHEMA_DRAFT, localizedTextSchema } from './common-schema.js';
import { FIELD_NAME_PATTERN } from './source-schema.js';

const fieldNameSchema = {
  type: 'string',
  pattern: FIELD_NAME_PATTERN,
  patternErrorMessage: 'a field name uses letters, digits and "_", and does not start with a digit',
} as const;

/** A field of the tickets source, with its own title and description. */
function ticketField(title: string, description: string) {
  return { ...fieldNameSchema, title, description } as const;
}

const hoursTargetSchema = {
  type: 'number',
  description: 'Business hours, e.g. 0.5 for half an hour.',
} as const;

/**
 * The `pauses:` section: when a ticket waits (for the customer, a supplier) its clocks stop.
 * Read from a status-history source with one row per status change.
 */
export const pausesSchema = {
  type: 'object',
  title: 'Pauses',
  description:
    'Time a ticket spends in pause states does not count. Read from a source with one row per status change: { events: ticket_events, ticket: ticket_id, status: status, at: changed_at, states: [Awaiting User Info] }.',
  properties: {
    events: {
      ...idSchema,
      title: 'Events source',
      description: 'The id of the source with one row per status change, e.g. ticket_events.',
    },
    ticket: {
      ...fieldNameSchema,
      title: 'Ticket field',
      description: "The events source's field holding the ticket it belongs to, e.g. ticket_id.",
    },
    status: {
      ...fieldNameSchema,
      title: 'Status field',
      description: "The events source's field holding the status the ticket entered, e.g. status.",
    },
    at: {
      ...fieldNameSchema,
      title: 'Time field',
      description: "The events source's timestamp of the change, e.g. changed_at.",
    },
    states: {
      type: 'array',
      title: 'Pause states',
      description:
        'The statuses that stop the clock, e.g. [Awaiting User Info, Pending customer]. A pause lasts until the next status change.',
      items: { type: 'string', minLength: 1 },
      minItems: 1,
      uniqueItems: true,
    },
  },
  required: ['events', 'ticket', 'status', 'at', 'states'],
  additionalProperties: false,
} as const;

/**
 * The JSON Schema of a `kind: sla` file: response and resolution targets per priority in
 * business hours, computed per ticket from its timestamps, a calendar and pauses. An SLA
 * policy is also a source: KPIs name its id under `source:` and read the ticket's fields
 * plus `response_hours`, `resolution_hours`, `met` and the rest (docs/business-time.md).
 *
 * @example
 * new Ajv({ strict: false }).compile(slaSchema)({ kind: 'sla', id: 'incident-sla', source: 'tickets',
 *   calendar: 'se-office', priority: 'priority', start: 'opened_at', resolution: 'resolved_at',
 *   targets: { P1: { resolution: 4 } } }); // true
 */
export const slaSchema = {
  $schema: JSON_SCHEMA_DRAFT,
  $id: 'https://nyckeltal.dev/schema/sla.schema.json',
  title: 'Nyckeltal SLA policy',
  description:
    'Response and resolution targets per priority, in business hours, with pauses; computed per ticket from first principles.',
  type: 'object',
  properties: {
    kind: { const: 'sla', title: 'Kind', description: 'Says that this file defines an SLA policy.' },
    id: {
      ...idSchema,
      description:
        'Unique id of the policy; KPIs name it under "source" to read each ticket with its SLA clocks, e.g. incident-sla.',
    },
    title: {
      ...localizedTextSchema,
      title: 'Title',
      description: 'A readable name, e.g. { en: Incident SLA, sv: SLA för incidenter }.',
    },
    description: descriptionSchema,
    source: {
      ...idSchema,
      title: 'Tickets source',
      description: 'The id of the source with one row per ticket, e.g. tickets.',
    },
    calendar: {
      ...idSchema,
      title: 'Calendar',
      description: 'The id of the calendar whose business hours the clocks count, e.g. se-office.',
    },
    key: ticketField(
      'Key field',
      'The field that identifies a ticket. Default: the source field marked key: true.',
    ),
    where: {
      type: 'string',
      minLength: 1,
      title: 'Where',
      description:
        "Which tickets the policy covers, as a condition on the source's fields, e.g. type = 'incident'. Default: every ticket.",
    },
    priority: ticketField('Priority field', 'The field holding the priority the targets are given for.'),
    start: ticketField('Start field', 'The timestamp the clocks start at, e.g. opened_at.'),
    response: ticketField(
      'Response field',
      'The timestamp of the first response, e.g. first_response_at. Leave out when no target has a response time.',
    ),
    resolution: ticketField('Resolution field', 'The timestamp of the resolution, e.g. resolved_at.'),
    targets: {
      type: 'object',
      title: 'Targets',
      description:
        'Per priority value, the business hours allowed until the first response and until resolution, e.g. { "1 - Critical": { response: 0.5, resolution: 4 } }.',
      additionalProperties: {
        type: 'object',
        properties: {
          response: { ...hoursTargetSchema, title: 'Response target' },
          resolution: { ...hoursTargetSchema, title: 'Resolution target' },
        },
        additionalProperties: false,
        minProperties: 1,
      },
      minProperties: 1,
    },
    pauses: pausesSchema,
    vendor_flag: ticketField(
      'Vendor flag',
      "A true/false field holding the ticket tool's own verdict (true = SLA met), for `kpi sla` to reconcile with, e.g. made_sla.",
    ),
  },
  required: ['kind', 'id', 'source', 'calendar', 'priority', 'start', 'resolution', 'targets'],
  additionalProperties: false,
} as const;

/** A `kind: sla` file as written, before normalize. */
export type SlaDoc = FromSchema<typeof slaSchema>;
