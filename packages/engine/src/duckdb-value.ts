import {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBListValue,
  DuckDBStructValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  type DuckDBValue,
  timestampTZValue,
} from '@duckdb/node-api';

/** A value as the engine hands it on: JSON-safe, no bigint, no DuckDB classes. */
export type JsValue =
  | null
  | boolean
  | number
  | string
  | readonly JsValue[]
  | { readonly [key: string]: JsValue };

/**
 * Maps a DuckDB value to plain JS: BIGINT, HUGEINT and DECIMAL become numbers (KPI
 * values are doubles at heart; counts beyond 2^53 are not a service desk's problem),
 * TIMESTAMPTZ an ISO instant in UTC ('…Z'), TIMESTAMP a wall-clock ISO text without
 * zone, DATE 'YYYY-MM-DD'; lists and structs map element by element; infinities become
 * null; anything else its DuckDB text.
 *
 * @example
 * toJsValue(12n); // 12
 * toJsValue(new DuckDBTimestampTZValue(0n)); // '1970-01-01T00:00:00.000Z'
 */
export function toJsValue(value: DuckDBValue): JsValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBTimestampTZValue) return value.isFinite ? microsToIso(value.micros, true) : null;
  if (value instanceof DuckDBTimestampValue) return value.isFinite ? microsToIso(value.micros, false) : null;
  if (value instanceof DuckDBTimestampMillisecondsValue) return microsToIso(value.millis * 1000n, false);
  if (value instanceof DuckDBTimestampSecondsValue) return microsToIso(value.seconds * 1_000_000n, false);
  if (value instanceof DuckDBTimestampNanosecondsValue) return microsToIso(value.nanos / 1000n, false);
  if (value instanceof DuckDBDateValue) {
    return value.isFinite ? new Date(value.days * 86_400_000).toISOString().slice(0, 10) : null;
  }
  if (value instanceof DuckDBListValue) return value.items.map(toJsValue);
  if (value instanceof DuckDBStructValue) {
    return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, toJsValue(v)]));
  }
  return value.toString();
}

function microsToIso(micros: bigint, utc: boolean): string {
  const iso = new Date(Number(micros / 1000n)).toISOString();
  return utc ? iso : iso.slice(0, -1);
}

/**
 * Maps a compiled query's parameter to a DuckDB value for binding: numbers, strings,
 * booleans and null as they are, bigint as BIGINT, a Date as a TIMESTAMPTZ instant.
 * Throws for anything else, which would be a compiler bug.
 *
 * @example
 * toDuckDBParameter(new Date('2026-01-01T00:00:00Z')); // a DuckDBTimestampTZValue
 */
export function toDuckDBParameter(value: unknown): DuckDBValue {
  if (
    value === null ||
    typeof value === 'boolean' ||
    typeof value === 'number' ||
    typeof value === 'string'
  ) {
    return value;
  }
  if (typeof value === 'bigint') return value;
  if (value instanceof Date) return timestampTZValue(BigInt(value.getTime()) * 1000n);
  throw new Error(`Bug: cannot bind a parameter of type ${typeof value}`);
}
