import type { FromSchema } from 'json-schema-to-ts';
import {
  descriptionSchema,
  idSchema,
  JSON_SCHEMA_DRAFT,
  localizedTextSchema,
  timeZoneSchema,
} from './common-schema.js';

export const fieldTypes = ['string', 'integer', 'number', 'boolean', 'timestamp', 'date'] as const;

const fieldTypeSchema = {
  enum: fieldTypes,
  title: 'Field type',
  description: 'string, integer, number, boolean, timestamp (date and time) or date.',
} as const;

/** Field names are measure-language identifiers. */
export const FIELD_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';

/**
 * The JSON Schema of a `kind: source` file: where rows come from and which fields they have.
 *
 * @example
 * new Ajv({ strict: false }).compile(sourceSchema)({ kind: 'source', id: 'tickets', from: { table: 'tickets' }, fields: { id: 'string' } }); // true
 */
export const sourceSchema = {
  $schema: JSON_SCHEMA_DRAFT,
  $id: 'https://nyckeltal.dev/schema/source.schema.json',
  title: 'Nyckeltal source',
  description: 'Where the rows for KPIs come from (a file, a table or SQL) and the fields they have.',
  type: 'object',
  properties: {
    kind: { const: 'source', title: 'Kind', description: 'Says that this file defines a source of rows.' },
    id: { ...idSchema, description: 'Unique source id that KPIs name under "source", e.g. tickets.' },
    title: {
      ...localizedTextSchema,
      title: 'Title',
      description: 'A readable name, e.g. { en: Tickets, sv: Ärenden }. Default: the id.',
    },
    description: descriptionSchema,
    from: {
      type: 'object',
      title: 'From',
      description:
        'Where rows come from: { file: data/tickets.csv }, { table: tickets } (in the project database) or { sql: "select …" }.',
      properties: {
        file: {
          type: 'string',
          minLength: 1,
          title: 'File',
          description:
            'A .csv, .csv.gz, .parquet, .json, .jsonl or .duckdb file, relative to the project folder.',
        },
        table: {
          type: 'string',
          minLength: 1,
          title: 'Table',
          description: 'A table in the project database, or in the .duckdb file given under "file".',
        },
        sql: {
          type: 'string',
          minLength: 1,
          title: 'SQL',
          description:
            'A DuckDB query that produces the rows. The one place raw SQL is allowed; review it like code.',
        },
      },
      additionalProperties: false,
      minProperties: 1,
    },
    time_zone: { ...timeZoneSchema, description: `${timeZoneSchema.description} Default: UTC.` },
    fields: {
      type: 'object',
      title: 'Fields',
      description:
        'The fields (columns) KPIs may use, each with a type: "opened_at: timestamp", or { type, column, key, values, format, description }.',
      propertyNames: {
        pattern: FIELD_NAME_PATTERN,
        patternErrorMessage: 'a field name uses letters, digits and "_" and does not start with a digit',
      },
      additionalProperties: {
        anyOf: [
          fieldTypeSchema,
          {
            type: 'object',
            properties: {
              type: fieldTypeSchema,
              column: {
                type: 'string',
                minLength: 1,
                title: 'Column',
                description: 'The column name in the data, when it differs from the field name.',
              },
              key: {
                type: 'boolean',
                title: 'Key',
                description: 'true when the field identifies a row (e.g. the ticket number).',
              },
              values: {
                type: 'array',
                items: { type: 'string' },
                uniqueItems: true,
                minItems: 1,
                title: 'Values',
                description: 'The values a string field can take, e.g. [incident, request, question].',
              },
              format: {
                type: 'string',
                minLength: 1,
                title: 'Format',
                description:
                  'How a timestamp or date stored as text is written, as a strptime format, e.g. "%d/%m/%Y %H:%M".',
              },
              description: { type: 'string', title: 'Description', description: 'What the field holds.' },
            },
            required: ['type'],
            additionalProperties: false,
          },
        ],
      },
      minProperties: 1,
    },
  },
  required: ['kind', 'id', 'from', 'fields'],
  additionalProperties: false,
} as const;

/** A `kind: source` file as written, before normalize. */
export type SourceDoc = FromSchema<typeof sourceSchema>;
