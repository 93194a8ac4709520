import type { FromSchema } from 'json-schema-to-ts';
import {
  descriptionSchema,
  ID_PATTERN,
  idSchema,
  JSON_SCHEMA_DRAFT,
  localizedTextSchema,
} from './common-schema.js';
import { FIELD_NAME_PATTERN } from './source-schema.js';

/** A value in a test row: text, a number, true/false, or empty. */
const rowValueSchema = {
  type: ['string', 'number', 'boolean', 'null'],
  title: 'Value',
  description:
    'The field value: text, a number, true or false, or empty (null). Timestamps are ISO 8601, e.g. "2026-10-05T08:00:00+02:00"; dates YYYY-MM-DD.',
} as const;

/** One input row: field name → value. */
const rowSchema = {
  type: 'object',
  title: 'Row',
  description:
    'One row of the source, by field name (not column name), e.g. { id: INC1, opened_at: "2026-10-05T08:00:00+02:00" }. A field left out is empty.',
  propertyNames: {
    pattern: FIELD_NAME_PATTERN,
    patternErrorMessage: 'a field name uses letters, digits and "_" and does not start with a digit',
  },
  additionalProperties: rowValueSchema,
} as const;

/** One expected KPI value. */
const expectationSchema = {
  type: 'object',
  title: 'Expectation',
  description:
    'A KPI, a period and the value it must have, e.g. { kpi: itsm.mttr, period: 2026-10, value: 5, sample: 2 }. Show the arithmetic in a comment above it.',
  properties: {
    kpi: { ...idSchema, title: 'KPI', description: 'The id of the KPI, e.g. itsm.mttr.' },
    period: {
      type: ['string', 'integer'],
      title: 'Period',
      description:
        'The period key; its form gives the grain: 2026-10-05 day, 2026-W41 ISO week, 2026-10 month, 2026-Q4 quarter, 2026 year.',
    },
    value: {
      type: ['number', 'null'],
      title: 'Expected value',
      description:
        'The value in the KPI’s unit (percent in 0–100), or null when the period must have no value.',
    },
    sample: {
      type: 'integer',
      minimum: 0,
      title: 'Expected sample',
      description: 'Optional: how many rows the KPI counts in the period (the snapshot’s sample).',
    },
    tolerance: {
      type: 'number',
      minimum: 0,
      title: 'Tolerance',
      description:
        'Optional: how far the value may be from the expected one. Default 1e-6, enough for a value written with seven decimals (83.3333333).',
    },
  },
  required: ['kpi', 'period', 'value'],
  additionalProperties: false,
} as const;

/**
 * The JSON Schema of a `kind: test` file: input rows per source and the KPI values they
 * must give (docs/kpi-tests.md). Field names and types are checked against the sources
 * by the rules, which know the project; the schema checks the shape.
 *
 * @example
 * new Ajv({ strict: false }).compile(testSchema)({ kind: 'test', id: 'a', rows: { tickets: [{ id: 'INC1' }] }, expect: [{ kpi: 'itsm.mttr', period: '2026-10', value: 5 }] }); // true
 */
export const testSchema = {
  $schema: JSON_SCHEMA_DRAFT,
  $id: 'https://nyckeltal.dev/schema/test.schema.json',
  title: 'Nyckeltal KPI test',
  description:
    'A small dataset and the KPI values it must give, each worked out by hand. Run with "kpi test".',
  type: 'object',
  properties: {
    kind: { const: 'test', title: 'Kind', description: 'Says that this file is a KPI test.' },
    id: { ...idSchema, description: 'Unique test id, shown in reports, e.g. tickets-resolution.' },
    title: {
      ...localizedTextSchema,
      title: 'Title',
      description: 'What the test checks, in words, e.g. Resolution times from nine tickets.',
    },
    description: descriptionSchema,
    rows: {
      type: 'object',
      title: 'Rows',
      description:
        'Input rows per source id. They replace the source’s data: every source holds exactly these rows, sources not listed are empty.',
      propertyNames: {
        pattern: ID_PATTERN,
        patternErrorMessage: 'a source id uses only lower-case letters, digits, ".", "-" and "_"',
      },
      additionalProperties: { type: 'array', title: 'Rows of a source', items: rowSchema },
    },
    replace: {
      type: 'array',
      title: 'Replace',
      description:
        'Sources that read a file or SQL rather than a table, whose rows this test gives instead: the KPIs read the rows, not the file or query, e.g. [vendor-tickets].',
      items: { ...idSchema, title: 'Source id', description: 'The id of a source.' },
      uniqueItems: true,
    },
    expect: {
      type: 'array',
      title: 'Expectations',
      description: 'The KPI values the rows must give, one per KPI and period.',
      items: expectationSchema,
      minItems: 1,
    },
  },
  required: ['kind', 'id', 'expect'],
  additionalProperties: false,
} as const;

/** A `kind: test` file as written, before normalize. */
export type TestDoc = FromSchema<typeof testSchema>;
