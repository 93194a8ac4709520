import type { FromSchema } from 'json-schema-to-ts';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../snapshot.js';
import { JSON_SCHEMA_DRAFT } from './common-schema.js';

const localized = {
  type: 'object',
  properties: { en: { type: 'string' }, sv: { type: 'string' } },
  required: ['en'],
  additionalProperties: { type: 'string' },
} as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const status = { enum: ['green', 'amber', 'red', 'insufficient', 'no-target'], title: 'Status' } as const;
const thresholds = {
  type: 'object',
  properties: { green: { type: 'number' }, amber: { type: 'number' } },
  required: ['green', 'amber'],
} as const;
const comparison = {
  anyOf: [
    { type: 'null' },
    {
      type: 'object',
      properties: { period: { type: 'string' }, value: nullableNumber },
      required: ['period', 'value'],
    },
  ],
} as const;

/**
 * The JSON Schema of a scorecard snapshot (DESIGN.md §3, `nyckeltal.snapshot/v1`), matching
 * src/snapshot.ts. Objects stay open: v1 may gain fields, and readers must ignore ones they do not know.
 *
 * @example
 * new Ajv({ strict: false }).compile(snapshotSchema)(await (await fetch('/snapshots/service-desk.json')).json());
 */
export const snapshotSchema = {
  $schema: JSON_SCHEMA_DRAFT,
  $id: 'https://nyckeltal.dev/schema/snapshot.schema.json',
  title: 'Nyckeltal scorecard snapshot',
  description:
    'The computed values of one scorecard for one period, as written by the engine and drawn by the widgets.',
  type: 'object',
  properties: {
    schema: { const: SNAPSHOT_SCHEMA, title: 'Schema', description: 'The format version.' },
    scorecard: {
      type: 'object',
      properties: { id: { type: 'string' }, title: localized, audience: { type: 'string' } },
      required: ['id', 'title'],
    },
    grain: { enum: ['day', 'week', 'month', 'quarter', 'year'] },
    period: {
      type: 'object',
      description: "Key like '2026-10', '2026-W43', '2026-Q4'; start inclusive, end exclusive (local dates).",
      properties: { key: { type: 'string' }, start: { type: 'string' }, end: { type: 'string' } },
      required: ['key', 'start', 'end'],
    },
    built_at: { type: 'string', description: 'ISO 8601 instant the snapshot was computed.' },
    data_through: {
      type: ['string', 'null'],
      description: 'Latest timestamp in the data; null without data.',
    },
    kpis: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          version: { type: 'integer' },
          title: localized,
          description: { type: 'string' },
          category: { enum: ['itsm', 'ex', 'cx'] },
          level: { enum: ['input', 'process', 'output', 'outcome'] },
          unit: { type: 'string' },
          direction: { enum: ['higher', 'lower'] },
          owner: {
            type: 'object',
            properties: { name: { type: 'string' }, team: { type: 'string' }, email: { type: 'string' } },
            required: ['name'],
          },
          value: nullableNumber,
          numerator: nullableNumber,
          denominator: nullableNumber,
          sample: { type: 'integer', minimum: 0 },
          status,
          target: nullableNumber,
          thresholds: { anyOf: [{ type: 'null' }, thresholds] },
          previous: comparison,
          year_ago: comparison,
          delta: nullableNumber,
          improved: { type: ['boolean', 'null'] },
          series: {
            type: 'array',
            description: 'Oldest to newest, ending with the current period.',
            items: {
              type: 'object',
              properties: {
                period: { type: 'string' },
                start: { type: 'string' },
                value: nullableNumber,
                sample: { type: 'integer', minimum: 0 },
                target: nullableNumber,
                status,
                numerator: nullableNumber,
                denominator: nullableNumber,
              },
              required: ['period', 'value', 'sample', 'target', 'status'],
            },
          },
          breakdowns: {
            type: 'object',
            additionalProperties: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  key: { type: ['string', 'null'] },
                  value: nullableNumber,
                  sample: { type: 'integer', minimum: 0 },
                  numerator: nullableNumber,
                  denominator: nullableNumber,
                },
                required: ['key', 'value', 'sample'],
              },
            },
          },
          supports: { type: 'array', items: { type: 'string' } },
        },
        required: [
          'id',
          'version',
          'title',
          'category',
          'level',
          'unit',
          'direction',
          'owner',
          'value',
          'numerator',
          'denominator',
          'sample',
          'status',
          'target',
          'thresholds',
          'previous',
          'delta',
          'improved',
          'series',
          'breakdowns',
          'supports',
        ],
      },
    },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          severity: { enum: ['error', 'warning'] },
          message: { type: 'string' },
          hint: { type: 'string', description: 'How to fix it, from the issue catalog.' },
          source: { type: 'string' },
          kpi: { type: 'string' },
          file: {
            type: 'string',
            description: 'The definition the issue belongs to, relative to the project.',
          },
          line: { type: 'integer', minimum: 1 },
          column: { type: 'integer', minimum: 1 },
          params: {
            type: 'object',
            description:
              'The values the message was filled with, so a reader can word it in another language.',
          },
          count: { type: 'integer', minimum: 0 },
          examples: { type: 'array', items: { type: 'object' } },
        },
        required: ['code', 'severity', 'message', 'count', 'examples'],
      },
    },
  },
  required: ['schema', 'scorecard', 'grain', 'period', 'built_at', 'data_through', 'kpis', 'issues'],
} as const;

/** A snapshot as the schema describes it; a test checks it agrees with the Snapshot interface. */
export type SnapshotDoc = FromSchema<typeof snapshotSchema>;

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type Assert<T extends true> = T;
/**
 * Compile-time check (typecheck fails otherwise): every Snapshot as snapshot.ts declares it is
 * also valid by this schema, so the two cannot drift apart unnoticed.
 */
export type SnapshotSchemaAgrees = Assert<Mutable<Snapshot> extends SnapshotDoc ? true : false>;
