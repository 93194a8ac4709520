import { parseIsoDate } from '../calendar/civil-date.js';
import type { FieldModel, FieldType } from '../model.js';

/** A value as a test row gives it. */
export type TestValue = string | number | boolean | null;

/** Why a value does not fit its field, in words for KPI0905, or the value that is not allowed (KPI0906). */
export type TestValueProblem =
  | { readonly kind: 'type'; readonly expected: string; readonly example: string }
  | { readonly kind: 'not-allowed'; readonly allowed: readonly string[] };

/** `2026-10-05T08:00`, seconds and fractions optional, `T` or a space, then an optional zone. */
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

const EXPECTED: Readonly<Record<FieldType, { expected: string; example: string }>> = {
  string: {
    expected: 'text',
    example: 'Quote a value that YAML would read as a number or true/false, e.g. "001" or "yes".',
  },
  integer: { expected: 'a whole number', example: 'Write a whole number without quotes, e.g. 3.' },
  number: { expected: 'a number', example: 'Write a number without quotes, e.g. 12.5.' },
  boolean: { expected: 'true or false', example: 'Write true or false without quotes.' },
  timestamp: {
    expected: 'a date and time in ISO 8601',
    example:
      'Write "2026-10-05T08:00:00+02:00" (with an offset), or "2026-10-05T08:00:00" for wall-clock time in the source’s time zone.',
  },
  date: { expected: 'a date written YYYY-MM-DD', example: 'Write a real day, e.g. 2026-10-05.' },
};

/**
 * Checks one value of a test row against its field: the right type (numbers as YAML
 * numbers, timestamps as ISO 8601 text with a real date and time) and, for a string field
 * that declares `values`, one of them. Empty (null) fits every field.
 *
 * @example
 * testValueProblem({ name: 'opened_at', type: 'timestamp', column: 'opened_at', key: false }, '2026-10-32T08:00');
 * // { kind: 'type', expected: 'a date and time in ISO 8601', example: 'Write "2026-10-05T08:00:00+02:00" …' }
 */
export function testValueProblem(field: FieldModel, value: TestValue): TestValueProblem | undefined {
  if (value === null) return undefined;
  if (!fits(field.type, value)) return { kind: 'type', ...EXPECTED[field.type] };
  if (field.type === 'string' && field.values && !field.values.includes(String(value)))
    return { kind: 'not-allowed', allowed: field.values };
  return undefined;
}

function fits(type: FieldType, value: string | number | boolean): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'timestamp':
      return typeof value === 'string' && readTestTimestamp(value) !== undefined;
    case 'date':
      return typeof value === 'string' && parseIsoDate(value) !== undefined;
  }
}

/**
 * Reads a test's timestamp text: whether it carries its own zone (an offset or Z) or is
 * wall-clock time in the source's zone; undefined when it is not a real date and time.
 *
 * @example
 * readTestTimestamp('2026-10-05T08:00:00+02:00'); // { zoned: true }
 * readTestTimestamp('2026-10-05 08:00');          // { zoned: false }
 * readTestTimestamp('2026-10-05T24:00');          // undefined
 */
export function readTestTimestamp(text: string): { readonly zoned: boolean } | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m || parseIsoDate(m[1]!) === undefined) return undefined;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return undefined;
  return { zoned: m[5] !== undefined };
}
