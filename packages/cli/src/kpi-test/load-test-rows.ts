import type { EngineSession } from '@nyckeltal/engine';
import {
  type FieldModel,
  type FieldType,
  type KpiTestModel,
  type ProjectModel,
  readTestTimestamp,
  type SourceModel,
  type TestRowValue,
} from '@nyckeltal/spec';

/** The column type a test table gives each field type; the engine reads these types as they are. */
const COLUMN_TYPE: Readonly<Record<FieldType, string>> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  timestamp: 'TIMESTAMPTZ',
  date: 'DATE',
};

/** DuckDB binds at most 65,535 parameters per statement; stay well below it. */
const MAX_PARAMETERS = 30_000;

/**
 * The project as a test sees it: every source that is not derived (an SLA policy's) reads a
 * table of the in-memory project database — table sources their own table, file and SQL
 * sources a stand-in table `nyckeltal_test.source_<n>` — so nothing outside the test's rows
 * is ever read.
 *
 * @example
 * testModel(model).sources.get('vendor-tickets')?.from; // { kind: 'table', table: 'nyckeltal_test.source_3' }
 */
export function testModel(model: ProjectModel): ProjectModel {
  const sources = new Map(
    [...model.sources].map(([id, source], n) => {
      if (source.derived || source.from.kind === 'table') return [id, source] as const;
      const from = { kind: 'table', table: `nyckeltal_test.source_${n + 1}` } as const;
      return [id, { ...source, from }] as const;
    }),
  );
  return { ...model, sources };
}

/**
 * Fills an in-memory `project` database with exactly a test's rows: attaches it, creates
 * every (non-derived) source's table with the columns and types its fields declare, and
 * inserts each source's rows in one multi-row insert with bound parameters — values are
 * never pasted into SQL. A timestamp without an offset is wall-clock time in the source's
 * time zone (bound too). Sources without rows stay empty. Pass the model from testModel.
 *
 * @example
 * const session = await EngineSession.open({});
 * await loadTestRows(session, testModel(model), model.tests.get('surveys')!);
 */
export async function loadTestRows(
  session: EngineSession,
  model: ProjectModel,
  test: KpiTestModel,
): Promise<void> {
  await session.execute("attach ':memory:' as project");
  for (const source of model.sources.values()) {
    if (source.derived || source.from.kind !== 'table') continue;
    const fields = [...source.fields.values()];
    const parts = source.from.table.split('.');
    if (parts.length === 2)
      await session.execute(`create schema if not exists project.${identifier(parts[0]!)}`);
    const table = `project.${parts.map(identifier).join('.')}`;
    const columns = fields.map((f) => `${identifier(f.column)} ${COLUMN_TYPE[f.type]}`);
    await session.execute(`create table ${table} (${columns.join(', ')})`);
    const rows = test.rows.get(source.id) ?? [];
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / (fields.length * 2)));
    for (let start = 0; start < rows.length; start += perStatement) {
      const batch = rows.slice(start, start + perStatement).map((r) => r.values);
      await session.query(insertRows(table, source, fields, batch));
    }
  }
}

/** One `insert … values (…), (…)` for a batch of rows, every value a bound parameter. */
function insertRows(
  table: string,
  source: SourceModel,
  fields: readonly FieldModel[],
  rows: readonly Readonly<Record<string, TestRowValue>>[],
): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const bind = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const tuples = rows.map((row) => {
    const slots = fields.map((field) => {
      const value = row[field.name] ?? null;
      if (value === null) return `cast(null as ${COLUMN_TYPE[field.type]})`;
      if (field.type === 'timestamp' && typeof value === 'string' && !readTestTimestamp(value)?.zoned)
        return `timezone(${bind(source.timeZone)}, ${bind(value)}::TIMESTAMP)`;
      return `${bind(value)}::${COLUMN_TYPE[field.type]}`;
    });
    return `(${slots.join(', ')})`;
  });
  const columns = fields.map((f) => identifier(f.column)).join(', ');
  return { sql: `insert into ${table} (${columns}) values ${tuples.join(', ')}`, parameters };
}

/** A SQL identifier: DDL cannot bind names, so they are quoted (double quotes doubled). */
function identifier(name: string): string {
  if (name.includes('\u0000')) throw new Error('Bug: NUL character in a name meant for SQL');
  return `"${name.replaceAll('"', '""')}"`;
}
