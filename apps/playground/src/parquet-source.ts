import type { FieldType, SourceModel } from '@nyckeltal/spec';
import {
  Bool,
  type DataType,
  DateDay,
  Float64,
  Int32,
  Int64,
  makeData,
  makeVector,
  Table,
  TimestampMicrosecond,
  tableToIPC,
  Utf8,
  type Vector,
  vectorFromArray,
} from 'apache-arrow';
import { parquetMetadata, parquetReadObjects, parquetSchema, type SchemaElement } from 'hyparquet';
import type { SqlRunner } from './browser-duckdb.js';

/** The DuckDB type of each field type in a source view (as the engine's source-cast.ts). */
const duckdbTypeOf: Readonly<Record<FieldType, string>> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  timestamp: 'TIMESTAMPTZ',
  date: 'DATE',
};

/** A Parquet column as it lands in DuckDB: its name and the DuckDB type it gets. */
interface RawColumn {
  readonly name: string;
  readonly duckdbType: 'VARCHAR' | 'BIGINT' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'TIMESTAMPTZ' | 'DATE';
}

/** What loading a source's Parquet gave: rows, and problems a KPI author should see. */
export interface LoadedParquet {
  readonly source: string;
  readonly rows: number;
  readonly problems: readonly string[];
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Makes a source queryable the way the compiler expects (`src_<id>`, one column per
 * declared field, of the field's type, timestamps as TIMESTAMPTZ instants) from Parquet
 * bytes, without DuckDB's Parquet extension (not in the DuckDB-Wasm bundle): hyparquet
 * decodes the file, the columns go to DuckDB as an Arrow stream (`<relation>__raw`, types
 * kept: UTC timestamps stay instants, to the microsecond), and a view casts them like the
 * engine does for Parquet (source-cast.ts: a TIMESTAMPTZ is already an instant; numbers
 * and booleans through try_cast). A declared column missing from the file becomes null
 * and is reported.
 *
 * @example
 * const loaded = await loadParquetSource(db, tickets, 'src_tickets', await (await fetch('data/tickets.parquet')).arrayBuffer());
 * loaded.rows; // 2000
 */
export async function loadParquetSource(
  db: SqlRunner,
  source: SourceModel,
  relationName: string,
  bytes: ArrayBuffer,
): Promise<LoadedParquet> {
  const schema = parquetSchema(parquetMetadata(bytes));
  const columns = schema.children.flatMap((c) => rawColumn(c.element));
  const rows = await parquetReadObjects({
    file: bytes,
    columns: columns.map((c) => c.name),
    parsers: {
      // Keep microseconds (the default parser makes millisecond Dates).
      timestampFromMicroseconds: (micros: bigint) => micros,
      timestampFromMilliseconds: (millis: bigint) => millis * 1000n,
      timestampFromNanoseconds: (nanos: bigint) => nanos / 1000n,
      dateFromDays: (days: number) => days,
    },
  });
  const vectors: Record<string, Vector> = {};
  for (const column of columns)
    vectors[column.name] = arrowVector(
      column,
      rows.map((r) => r[column.name]),
    );
  const raw = `${relationName}__raw`;
  await db.execute(`drop table if exists ${quote(raw)}`);
  await db.insertArrowStream(raw, tableToIPC(new Table(vectors), 'stream'));

  const problems: string[] = [];
  const select = [...source.fields.values()].map((field) => {
    const column =
      columns.find((c) => c.name === field.column) ??
      columns.find((c) => c.name.toLowerCase() === field.column.toLowerCase());
    const type = duckdbTypeOf[field.type];
    if (!column) {
      problems.push(`Column "${field.column}" (field ${field.name}) is not in the Parquet file.`);
      return `cast(null as ${type}) as ${quote(field.name)}`;
    }
    return `${castColumn(quote(column.name), column.duckdbType, field.type, source.timeZone, problems, field.name)} as ${quote(field.name)}`;
  });
  await db.execute(
    `create or replace view ${quote(relationName)} as select ${select.join(', ')} from ${quote(raw)}`,
  );
  return { source: source.id, rows: rows.length, problems };
}

function castColumn(
  column: string,
  rawType: RawColumn['duckdbType'],
  fieldType: FieldType,
  zone: string,
  problems: string[],
  fieldName: string,
): string {
  switch (fieldType) {
    case 'string':
      return rawType === 'VARCHAR' ? column : `cast(${column} as VARCHAR)`;
    case 'integer':
    case 'number':
    case 'boolean':
      return `try_cast(${column} as ${duckdbTypeOf[fieldType]})`;
    case 'timestamp':
      if (rawType === 'TIMESTAMPTZ') return column;
      // Wall-clock or text timestamps need ICU's zone rules in SQL, which the bundle lacks.
      problems.push(
        `Field ${fieldName} is not a UTC timestamp in the Parquet file (zone ${zone}); it reads as empty.`,
      );
      return 'cast(null as TIMESTAMPTZ)';
    case 'date':
      return rawType === 'DATE' ? column : `try_cast(${column} as DATE)`;
  }
}

/** The DuckDB type a Parquet column is given; columns of other types are left out. */
function rawColumn(element: SchemaElement): RawColumn[] {
  const name = element.name;
  const logical = element.logical_type;
  if (logical?.type === 'TIMESTAMP' && logical.isAdjustedToUTC) return [{ name, duckdbType: 'TIMESTAMPTZ' }];
  if (logical?.type === 'DATE' || element.converted_type === 'DATE') return [{ name, duckdbType: 'DATE' }];
  if (logical?.type === 'DECIMAL' || element.converted_type === 'DECIMAL')
    return [{ name, duckdbType: 'DOUBLE' }];
  switch (element.type) {
    case 'BYTE_ARRAY':
      return logical?.type === 'STRING' || element.converted_type === 'UTF8'
        ? [{ name, duckdbType: 'VARCHAR' }]
        : [];
    case 'INT32':
      return [{ name, duckdbType: 'INTEGER' }];
    case 'INT64':
      return logical?.type === 'TIMESTAMP' ? [] : [{ name, duckdbType: 'BIGINT' }];
    case 'DOUBLE':
    case 'FLOAT':
      return [{ name, duckdbType: 'DOUBLE' }];
    case 'BOOLEAN':
      return [{ name, duckdbType: 'BOOLEAN' }];
    default:
      return [];
  }
}

function arrowVector(column: RawColumn, values: readonly unknown[]): Vector {
  const typed = <T extends DataType>(type: T) =>
    vectorFromArray(
      values.map((v) => v ?? null),
      type,
    );
  switch (column.duckdbType) {
    case 'VARCHAR':
      return typed(new Utf8());
    case 'INTEGER':
      return typed(new Int32());
    case 'DOUBLE':
      return typed(new Float64());
    case 'BOOLEAN':
      return typed(new Bool());
    case 'BIGINT':
      return int64Vector(new Int64(), values);
    case 'TIMESTAMPTZ':
      return int64Vector(new TimestampMicrosecond('UTC'), values);
    case 'DATE':
      return dayVector(values);
  }
}

/** Dates as days since the epoch, laid out directly. */
function dayVector(values: readonly unknown[]): Vector {
  const data = new Int32Array(values.length);
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (typeof v !== 'number') {
      nullCount++;
      return;
    }
    data[i] = v;
    nullBitmap[i >> 3] = (nullBitmap[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return makeVector(makeData({ type: new DateDay(), length: values.length, nullCount, nullBitmap, data }));
}

/** 64-bit values laid out directly (Arrow JS builders would pass them through milliseconds). */
function int64Vector(type: Int64 | TimestampMicrosecond, values: readonly unknown[]): Vector {
  const data = new BigInt64Array(values.length);
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (typeof v !== 'bigint') {
      nullCount++;
      return;
    }
    data[i] = v;
    nullBitmap[i >> 3] = (nullBitmap[i >> 3] ?? 0) | (1 << (i & 7));
  });
  const props = { length: values.length, nullCount, nullBitmap, data };
  return type instanceof Int64
    ? makeVector(makeData({ type, ...props }))
    : makeVector(makeData({ type, ...props }));
}
