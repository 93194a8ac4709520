/**
 * Building blocks shared by the definition schemas. Every schema in this folder is the
 * one source of truth for its file kind: ajv validates with it, json-schema-to-ts derives
 * the raw document types from it, and scripts/write-schemas.ts publishes it as JSON for
 * editors (yaml-language-server reads `title`, `description`, `enum` and `patternErrorMessage`).
 *
 * @example
 * const schema = { type: 'object', properties: { id: idSchema('The KPI id.') } } as const;
 */

export const JSON_SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';

/** Ids are lower case so they read the same in URLs, file names and SQL. */
export const ID_PATTERN = '^[a-z0-9][a-z0-9._-]*$';

export const idSchema = {
  type: 'string',
  title: 'Id',
  description: 'Unique id: lower-case letters, digits, dots, dashes and underscores, e.g. itsm.mttr.',
  pattern: ID_PATTERN,
  patternErrorMessage:
    'an id uses only lower-case letters, digits, ".", "-" and "_", and starts with a letter or digit',
  minLength: 1,
  maxLength: 100,
} as const;

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

export const dateSchema = {
  type: 'string',
  title: 'Date',
  description: 'A calendar date, written YYYY-MM-DD, e.g. 2026-01-01.',
  pattern: DATE_PATTERN,
  format: 'date',
  patternErrorMessage: 'a date is written YYYY-MM-DD, e.g. 2026-01-01',
} as const;

export const localizedTextSchema = {
  title: 'Text',
  description:
    'Text shown to readers: plain text, or one text per language, e.g. { en: Mean time to resolve, sv: Genomsnittlig lösningstid }.',
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      properties: {
        en: { type: 'string', title: 'English', description: 'The English text; always required.' },
        sv: { type: 'string', title: 'Swedish', description: 'The Swedish text.' },
      },
      patternProperties: { '^[a-z]{2}(-[A-Z]{2})?$': { type: 'string' } },
      required: ['en'],
      additionalProperties: false,
    },
  ],
} as const;

export const timeZoneSchema = {
  type: 'string',
  title: 'Time zone',
  description:
    'An IANA time zone such as Europe/Stockholm or UTC. Periods (days, weeks, months) are cut in this zone.',
  examples: ['Europe/Stockholm', 'Europe/Oslo', 'Europe/Helsinki', 'UTC'],
  minLength: 1,
} as const;

export const descriptionSchema = {
  type: 'string',
  title: 'Description',
  description: 'What this is, in a sentence or two a reader outside the team understands.',
} as const;

/** Working hours of a day: one or more HH:MM-HH:MM ranges separated by commas. */
export const HOURS_PATTERN =
  '^\\s*\\d{2}:\\d{2}\\s*-\\s*\\d{2}:\\d{2}\\s*(,\\s*\\d{2}:\\d{2}\\s*-\\s*\\d{2}:\\d{2}\\s*)*$';

export const hoursTextSchema = {
  type: 'string',
  title: 'Working hours',
  description:
    'Working time of a day as HH:MM-HH:MM ranges, separated by commas, e.g. "08:00-12:00, 13:00-17:00".',
  pattern: HOURS_PATTERN,
  patternErrorMessage: 'hours are written as "08:00-17:00", several ranges separated by commas',
} as const;

const DAY = '(mon|tue|wed|thu|fri|sat|sun)';

export const weeklyHoursSchema = {
  type: 'object',
  title: 'Weekly hours',
  description:
    'Working hours per weekday. Keys are a day (mon) or a range of days (mon-fri); days not listed have no working time. Example: { mon-thu: "08:00-12:00, 13:00-17:00", fri: "08:00-15:00" }.',
  properties: {
    'mon-fri': hoursTextSchema,
    'mon-thu': hoursTextSchema,
    'sat-sun': hoursTextSchema,
    mon: hoursTextSchema,
    tue: hoursTextSchema,
    wed: hoursTextSchema,
    thu: hoursTextSchema,
    fri: hoursTextSchema,
    sat: hoursTextSchema,
    sun: hoursTextSchema,
  },
  patternProperties: { [`^${DAY}(-${DAY})?$`]: hoursTextSchema },
  additionalProperties: false,
  minProperties: 1,
} as const;
