import type { FieldModel, FieldType } from '@nyckeltal/spec';
import { sqlString } from './sql-literal.js';

/** The DuckDB type each field type is exposed as in a source view. */
export const duckdbTypeOf: Readonly<Record<FieldType, string>> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  timestamp: 'TIMESTAMPTZ',
  date: 'DATE',
};

/** A time of day followed by a zone: 'Z', 'UTC', '+01', '+0100', '+01:00' or an IANA name. */
const ZONED_TEXT = String.raw`\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|UTC|[+-]\d{2}(:?\d{2})?|[A-Za-z]+/[A-Za-z_]+)$`;

export interface CastParts {
  /** The raw value as it is checked for presence: text is trimmed and '' counts as missing. */
  readonly raw: string;
  /** The typed value, null when the raw value cannot be read as the field's type. */
  readonly cast: string;
}

/**
 * SQL expressions that read one raw column as a field's declared type. Casts never
 * fail a query: a value that cannot be read becomes null, and `raw is not null and
 * cast is null` finds it so the engine can count and report it.
 *
 * Timestamps become TIMESTAMPTZ instants: text or a TIMESTAMP without zone is
 * wall-clock time in the source's zone (`timezone(zone, ts)`); text with a zone, or a
 * TIMESTAMPTZ, is an instant already. A date read from an instant (a TIMESTAMPTZ, or text
 * with a zone) is its local date in the source's zone. An integer that is not a whole
 * number ('2.5') fails rather than being rounded. A declared `format` is read with strptime
 * (with `%z` it carries its own zone). A wall-clock time that falls in the spring-forward
 * gap or the autumn overlap is resolved the way DuckDB's ICU does it (for Europe/Stockholm,
 * 2026-03-29 02:30 → 03:30 CEST; 2026-10-25 02:30 → 02:30 CET, the later of the two).
 *
 * @example
 * castField({ name: 'opened_at', type: 'timestamp', column: 'opened', key: false, format: '%d/%m/%Y %H:%M' },
 *   '"opened"', 'VARCHAR', 'Europe/Stockholm').cast;
 * // "timezone('Europe/Stockholm', try_strptime(nullif(trim(\"opened\"), ''), '%d/%m/%Y %H:%M'))"
 */
export function castField(field: FieldModel, column: string, rawType: string, timeZone: string): CastParts {
  const type = rawType.toUpperCase();
  const isText = type === 'VARCHAR' || type === 'JSON';
  const raw =
    type === 'JSON' ? `nullif(trim(${column} ->> '$'), '')` : isText ? `nullif(trim(${column}), '')` : column;
  const zone = sqlString(timeZone);
  switch (field.type) {
    case 'string':
      return { raw, cast: isText ? raw : `cast(${raw} as VARCHAR)` };
    case 'integer': {
      // try_cast rounds ('2.5' → 3, 2.5 → 2 or 3): a value that is not a whole number fails instead.
      const whole = `try_cast(${raw} as BIGINT)`;
      return { raw, cast: `case when try_cast(${raw} as DOUBLE) = ${whole} then ${whole} end` };
    }
    case 'number':
    case 'boolean':
      return { raw, cast: `try_cast(${raw} as ${duckdbTypeOf[field.type]})` };
    case 'timestamp':
      return { raw, cast: timestampCast(raw, type, isText, field.format, zone) };
    case 'date':
      return { raw, cast: dateCast(raw, type, isText, field.format, zone) };
  }
}

function timestampCast(
  raw: string,
  type: string,
  isText: boolean,
  format: string | undefined,
  zone: string,
): string {
  if (type === 'TIMESTAMP WITH TIME ZONE' || type === 'TIMESTAMPTZ') return raw;
  if (type === 'TIMESTAMP' || type.startsWith('TIMESTAMP_') || type === 'DATE') {
    return `timezone(${zone}, cast(${raw} as TIMESTAMP))`;
  }
  const text = isText ? raw : `cast(${raw} as VARCHAR)`;
  if (format !== undefined) {
    const parsed = `try_strptime(${text}, ${sqlString(format)})`;
    return /%[zZ]/.test(format) ? parsed : `timezone(${zone}, ${parsed})`;
  }
  return (
    `case when regexp_matches(${text}, ${sqlString(ZONED_TEXT)}) then try_cast(${text} as TIMESTAMPTZ) ` +
    `else timezone(${zone}, try_cast(${text} as TIMESTAMP)) end`
  );
}

function dateCast(
  raw: string,
  type: string,
  isText: boolean,
  format: string | undefined,
  zone: string,
): string {
  if (type === 'DATE') return raw;
  if (type === 'TIMESTAMP WITH TIME ZONE' || type === 'TIMESTAMPTZ')
    return `cast(timezone(${zone}, ${raw}) as DATE)`;
  if (type === 'TIMESTAMP' || type.startsWith('TIMESTAMP_')) return `cast(${raw} as DATE)`;
  const text = isText ? raw : `cast(${raw} as VARCHAR)`;
  if (format !== undefined) return `cast(try_strptime(${text}, ${sqlString(format)}) as DATE)`;
  // Text with a zone is an instant: its date is the local date in the source's zone.
  return (
    `case when regexp_matches(${text}, ${sqlString(ZONED_TEXT)}) ` +
    `then cast(timezone(${zone}, try_cast(${text} as TIMESTAMPTZ)) as DATE) else try_cast(${text} as DATE) end`
  );
}
