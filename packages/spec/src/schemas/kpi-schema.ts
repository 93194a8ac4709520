import type { FromSchema } from 'json-schema-to-ts';
import {
  dateSchema,
  descriptionSchema,
  idSchema,
  JSON_SCHEMA_DRAFT,
  localizedTextSchema,
} from './common-schema.js';

const kpiRefSchema = {
  ...idSchema,
  title: 'KPI id',
  description: 'The id of another KPI, e.g. itsm.csat.',
} as const;

/**
 * The JSON Schema of a `kind: kpi` file (DESIGN.md §2). Settings the SMART lint asks for
 * (description, level, owner, targets, review) are optional here, so a draft KPI loads
 * and gets advice rather than a wall of errors.
 *
 * @example
 * import Ajv from 'ajv';
 * new Ajv({ strict: false }).compile(kpiSchema)({ kind: 'kpi', id: 'itsm.mttr' }); // false: settings missing
 */
export const kpiSchema = {
  $schema: JSON_SCHEMA_DRAFT,
  $id: 'https://nyckeltal.dev/schema/kpi.schema.json',
  title: 'Nyckeltal KPI',
  description: 'One key performance indicator: what is measured, from which data, its targets and its owner.',
  type: 'object',
  properties: {
    kind: { const: 'kpi', title: 'Kind', description: 'Says that this file defines a KPI.' },
    id: {
      ...idSchema,
      description: 'Unique KPI id, referenced by scorecards and "supports", e.g. itsm.mttr.',
    },
    version: {
      type: 'integer',
      minimum: 1,
      title: 'Version',
      description:
        'A whole number, 1 or more. Bump it whenever the numbers would change (measure, where, time or source).',
    },
    title: {
      ...localizedTextSchema,
      title: 'Title',
      description:
        'The KPI name readers see, e.g. { en: Mean time to resolve, sv: Genomsnittlig lösningstid }.',
    },
    description: {
      ...descriptionSchema,
      description: 'Exactly what is counted, in at least one full sentence (SMART: Specific).',
    },
    category: {
      enum: ['itsm', 'ex', 'cx'],
      title: 'Category',
      description:
        'The family: itsm (IT service management), ex (employee experience) or cx (customer experience).',
    },
    level: {
      enum: ['input', 'process', 'output', 'outcome'],
      title: 'Level',
      description:
        'Place in the KPI tree: input, process, output or outcome (indata, process, produktion, resultat).',
    },
    owner: {
      type: 'object',
      title: 'Owner',
      description: 'Who answers for this KPI (SMART: Accepted): a name and a team or an email.',
      properties: {
        name: {
          type: 'string',
          minLength: 1,
          title: 'Name',
          description: 'A role or person, e.g. Service desk manager.',
        },
        team: {
          type: 'string',
          minLength: 1,
          title: 'Team',
          description: 'The owning team, e.g. service-desk; maps to a code-review handle in nyckeltal.yaml.',
        },
        email: { type: 'string', format: 'email', title: 'Email', description: 'Where to reach the owner.' },
      },
      required: ['name'],
      additionalProperties: false,
    },
    source: {
      ...idSchema,
      title: 'Source',
      description: 'The id of the source whose rows are measured, e.g. tickets.',
    },
    measure: {
      type: 'string',
      minLength: 1,
      title: 'Measure',
      description:
        'What to compute per period, in the measure language, e.g. avg(hours_between(opened_at, resolved_at)) or share(reopen_count = 0).',
    },
    where: {
      type: 'string',
      minLength: 1,
      title: 'Where',
      description: "Which rows count, e.g. type = 'incident' and resolved_at is not null.",
    },
    time: {
      type: 'string',
      minLength: 1,
      title: 'Time field',
      description: 'The timestamp or date field that puts a row in a period, e.g. resolved_at.',
    },
    unit: {
      type: 'string',
      title: 'Unit',
      description:
        'The unit of the value: count, percent (written 0–100), hours, minutes, days, seconds, score, ratio, or currency:SEK (any ISO currency).',
      pattern: '^(count|percent|hours|minutes|days|seconds|score|ratio|currency:[A-Z]{3})$',
      patternErrorMessage:
        'use count, percent, hours, minutes, days, seconds, score, ratio or currency:XXX (e.g. currency:SEK)',
      examples: ['count', 'percent', 'hours', 'minutes', 'days', 'score', 'currency:SEK'],
    },
    direction: {
      enum: ['higher', 'lower'],
      title: 'Direction',
      description: 'Which way is better: higher (e.g. satisfaction) or lower (e.g. resolution time).',
    },
    breakdowns: {
      type: 'array',
      title: 'Breakdowns',
      description: 'Fields to split the value by, e.g. [priority, assignment_group, channel].',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
    },
    targets: {
      type: 'array',
      title: 'Targets',
      description:
        'Time-phased targets; the one in force for a period applies (SMART: Time-bound). Example: [{ value: 8, from: 2026-01-01, until: 2026-12-31 }].',
      items: {
        type: 'object',
        properties: {
          value: {
            type: 'number',
            title: 'Target value',
            description: 'The value to reach, in the KPI unit.',
          },
          from: {
            ...dateSchema,
            title: 'From',
            description: 'First day the target applies (inclusive), YYYY-MM-DD.',
          },
          until: {
            ...dateSchema,
            title: 'Until',
            description: 'Last day the target applies (inclusive), YYYY-MM-DD.',
          },
          note: {
            type: 'string',
            title: 'Note',
            description: 'Why this target, e.g. the decision it comes from.',
          },
        },
        required: ['value'],
        additionalProperties: false,
      },
    },
    thresholds: {
      type: 'object',
      title: 'Thresholds',
      description:
        'Status bands read with the direction. For lower: at most green is green, at most amber is amber, else red.',
      properties: {
        green: { type: 'number', title: 'Green', description: 'The limit of the green band.' },
        amber: {
          type: 'number',
          title: 'Amber',
          description: 'The limit of the amber band; beyond it the status is red.',
        },
      },
      required: ['green', 'amber'],
      additionalProperties: false,
    },
    baseline: {
      type: 'object',
      title: 'Baseline',
      description: 'The starting point the targets were set against, e.g. { value: 14.2, period: 2025 }.',
      properties: {
        value: {
          type: 'number',
          title: 'Baseline value',
          description: 'The value measured in the baseline period.',
        },
        period: {
          type: ['string', 'integer'],
          title: 'Baseline period',
          description: 'The period measured, e.g. 2025, 2025-Q4 or 2025-10.',
        },
      },
      required: ['value', 'period'],
      additionalProperties: false,
    },
    review: {
      enum: ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'],
      title: 'Review cadence',
      description: 'How often the owner reviews the KPI (SMART: Time-bound).',
    },
    supports: {
      type: 'array',
      title: 'Supports',
      description: 'Ids of the KPIs this one helps to move; operational KPIs support outcome KPIs.',
      items: kpiRefSchema,
      uniqueItems: true,
    },
    influence: {
      enum: ['high', 'medium', 'low'],
      title: 'Influence',
      description: 'How directly the owning team can move the KPI: high, medium or low.',
    },
    min_sample: {
      type: 'integer',
      minimum: 1,
      title: 'Minimum sample',
      description:
        'Fewer rows than this in a period gives status "insufficient" instead of a misleading colour. Default 1.',
    },
  },
  required: ['kind', 'id', 'version', 'title', 'category', 'source', 'measure', 'time', 'unit', 'direction'],
  additionalProperties: false,
} as const;

/** A `kind: kpi` file as written, before normalize. */
export type KpiDoc = FromSchema<typeof kpiSchema>;
