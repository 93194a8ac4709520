import type { FromSchema } from 'json-schema-to-ts';
import { descriptionSchema, idSchema, JSON_SCHEMA_DRAFT, localizedTextSchema } from './common-schema.js';

/**
 * The JSON Schema of a `kind: scorecard` file: a group of KPIs for one audience.
 *
 * @example
 * new Ajv({ strict: false }).compile(scorecardSchema)({ kind: 'scorecard', id: 'sd', title: 'SD', audience: 'Leads', kpis: ['itsm.mttr'] }); // true
 */
export const scorecardSchema = {
  $schema: JSON_SCHEMA_DRAFT,
  $id: 'https://nyckeltal.dev/schema/scorecard.schema.json',
  title: 'Nyckeltal scorecard',
  description: 'A group of KPIs shown together to one audience.',
  type: 'object',
  properties: {
    kind: { const: 'scorecard', title: 'Kind', description: 'Says that this file defines a scorecard.' },
    id: {
      ...idSchema,
      description: 'Unique scorecard id; the snapshot file is named after it, e.g. service-desk.',
    },
    title: {
      ...localizedTextSchema,
      title: 'Title',
      description: 'The heading readers see, e.g. { en: Service desk, sv: Servicedesk }.',
    },
    description: descriptionSchema,
    audience: {
      type: 'string',
      minLength: 1,
      title: 'Audience',
      description: 'Who the scorecard is for, e.g. Service desk team leads.',
    },
    kpis: {
      type: 'array',
      title: 'KPIs',
      description: 'The KPI ids shown, in order, e.g. [itsm.frt, itsm.fcr, itsm.mttr].',
      items: { ...idSchema, title: 'KPI id', description: 'The id of a KPI.' },
      minItems: 1,
      uniqueItems: true,
    },
    grain: {
      enum: ['day', 'week', 'month', 'quarter', 'year'],
      title: 'Grain',
      description:
        'The period length: day, week (ISO, starting Monday), month, quarter or year. Default: month.',
    },
    history: {
      type: 'integer',
      minimum: 1,
      maximum: 400,
      title: 'History',
      description: 'How many periods the trend shows, including the current one. Default: 13.',
    },
    compare: {
      enum: ['previous', 'year_ago'],
      title: 'Compare with',
      description:
        'What the change is measured against: the previous period or the same period a year ago. Default: previous.',
    },
    private: {
      type: 'object',
      title: 'Private',
      description: 'When set, the server shows this scorecard only to the listed audiences.',
      properties: {
        audiences: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
          uniqueItems: true,
          title: 'Audiences',
          description: 'Names of the audiences (access tokens) allowed to see it, e.g. [hr-leads].',
        },
      },
      required: ['audiences'],
      additionalProperties: false,
    },
  },
  required: ['kind', 'id', 'title', 'audience', 'kpis'],
  additionalProperties: false,
} as const;

/** A `kind: scorecard` file as written, before normalize. */
export type ScorecardDoc = FromSchema<typeof scorecardSchema>;
