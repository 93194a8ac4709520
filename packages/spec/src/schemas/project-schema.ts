import type { FromSchema } from 'json-schema-to-ts';
import { JSON_SCHEMA_DRAFT } from './common-schema.js';

/** Where `kpi build` writes snapshots when nyckeltal.yaml says nothing. */
export const DEFAULT_OUT = 'build/snapshots';

/**
 * The JSON Schema of nyckeltal.yaml (`kind: project`): project-wide settings.
 *
 * @example
 * new Ajv({ strict: false }).compile(projectSchema)({ kind: 'project', name: 'Service desk KPIs' }); // true
 */
export const projectSchema = {
  $schema: JSON_SCHEMA_DRAFT,
  $id: 'https://nyckeltal.dev/schema/project.schema.json',
  title: 'Nyckeltal project (nyckeltal.yaml)',
  description: 'Settings for the whole KPI project. Relative paths resolve against the folder of this file.',
  type: 'object',
  properties: {
    kind: { const: 'project', title: 'Kind', description: 'Says that this file holds the project settings.' },
    name: {
      type: 'string',
      minLength: 1,
      title: 'Name',
      description: 'The project name shown in generated docs, e.g. Service desk KPIs.',
    },
    language: {
      enum: ['en', 'sv'],
      title: 'Language',
      description: 'Default language of output: en or sv. Default: en.',
    },
    database: {
      type: 'string',
      title: 'Database',
      description: 'A DuckDB file that sources with { table: … } read from, e.g. data/warehouse.duckdb.',
      pattern: '\\.duckdb$',
      patternErrorMessage: 'the database is a DuckDB file whose name ends in .duckdb',
    },
    out: {
      type: 'string',
      minLength: 1,
      title: 'Output folder',
      description: `Where "kpi build" writes snapshots. Default: ${DEFAULT_OUT}.`,
    },
    owners: {
      type: 'object',
      title: 'Owners',
      description:
        'Code-review handle per owner team, for CODEOWNERS, e.g. { service-desk: "@acme/service-desk" }.',
      additionalProperties: {
        type: 'string',
        pattern: '^@',
        patternErrorMessage: 'a code-review handle starts with @, e.g. @acme/service-desk',
      },
    },
    cors: {
      type: 'array',
      title: 'Allowed origins',
      description:
        'Web origins allowed to fetch snapshots from "kpi serve", e.g. [https://intranet.example.org].',
      items: {
        type: 'string',
        pattern: '^(\\*|https?://[^/\\s]+)$',
        patternErrorMessage:
          'an origin is a scheme and host without a path, e.g. https://intranet.example.org',
      },
      uniqueItems: true,
    },
    paths: {
      type: 'array',
      title: 'Definition folders',
      description:
        'Folders (relative to this file) that hold definitions, e.g. [itsm, sources, scorecards]. Default: all.',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
    },
  },
  required: ['kind', 'name'],
  additionalProperties: false,
} as const;

/** nyckeltal.yaml as written, before normalize. */
export type ProjectDoc = FromSchema<typeof projectSchema>;
