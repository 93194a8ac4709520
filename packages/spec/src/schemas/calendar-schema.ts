import type { FromSchema } from 'json-schema-to-ts';
import {
  DATE_PATTERN,
  dateSchema,
  descriptionSchema,
  hoursTextSchema,
  idSchema,
  JSON_SCHEMA_DRAFT,
  localizedTextSchema,
  timeZoneSchema,
  weeklyHoursSchema,
} from './common-schema.js';

/** Holiday rule sets the business-time code knows how to generate. */
export const holidayRules = ['se'] as const;

/**
 * The JSON Schema of a `kind: calendar` file: business hours for business_hours_between.
 *
 * @example
 * new Ajv({ strict: false }).compile(calendarSchema)({ kind: 'calendar', id: 'se', time_zone: 'Europe/Stockholm', hours: { 'mon-fri': '08:00-17:00' } }); // true
 */
export const calendarSchema = {
  $schema: JSON_SCHEMA_DRAFT,
  $id: 'https://nyckeltal.dev/schema/calendar.schema.json',
  title: 'Nyckeltal calendar',
  description: 'Business hours: working time per weekday, holidays and special days, in one time zone.',
  type: 'object',
  properties: {
    kind: {
      const: 'calendar',
      title: 'Kind',
      description: 'Says that this file defines a business-hours calendar.',
    },
    id: {
      ...idSchema,
      description: "Unique calendar id, used in business_hours_between(a, b, 'se-office').",
    },
    title: {
      ...localizedTextSchema,
      title: 'Title',
      description: 'A readable name, e.g. Stockholm office hours.',
    },
    description: descriptionSchema,
    time_zone: {
      ...timeZoneSchema,
      description: 'The IANA time zone the hours are in, e.g. Europe/Stockholm.',
    },
    hours: weeklyHoursSchema,
    schedules: {
      type: 'array',
      title: 'Schedules',
      description:
        'Weekly hours that change over time, each with from/until dates, e.g. summer hours. Use instead of "hours".',
      items: {
        type: 'object',
        properties: {
          from: {
            ...dateSchema,
            title: 'From',
            description: 'First day (inclusive) of this schedule; leave out for "since always".',
          },
          until: {
            ...dateSchema,
            title: 'Until',
            description: 'Last day (inclusive); leave out for "until further notice".',
          },
          hours: weeklyHoursSchema,
        },
        required: ['hours'],
        additionalProperties: false,
      },
      minItems: 1,
    },
    holidays: {
      type: 'array',
      title: 'Holidays',
      description: 'Extra days without working time, e.g. [2026-12-24, 2026-12-31].',
      items: dateSchema,
      uniqueItems: true,
    },
    holiday_rules: {
      type: 'array',
      title: 'Holiday rules',
      description:
        'Public holidays generated for every year: se (Swedish public holidays, including midsummer and Christmas eve).',
      items: { enum: holidayRules },
      uniqueItems: true,
    },
    before_holiday: {
      ...hoursTextSchema,
      title: 'Before a holiday',
      description:
        'Shortened hours on a working day whose next day is a holiday (the Swedish "dag före röd dag"), e.g. "08:00-13:00". Leave out to keep the normal hours.',
    },
    special_days: {
      type: 'object',
      title: 'Special days',
      description: 'Days with their own hours, e.g. { 2026-12-23: "08:00-13:00" }.',
      patternProperties: { [DATE_PATTERN]: hoursTextSchema },
      additionalProperties: false,
    },
  },
  required: ['kind', 'id', 'time_zone'],
  additionalProperties: false,
} as const;

/** A `kind: calendar` file as written, before normalize. */
export type CalendarDoc = FromSchema<typeof calendarSchema>;
