import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createIssue, type SourceModel } from '@nyckeltal/spec';
import type { EngineSession } from './engine-session.js';
import { sqlQualifiedName, sqlString } from './sql-literal.js';

/** Where a source's raw rows come from, as a FROM item, or the issue that stops it. */
export type RawRelation =
  | { readonly kind: 'relation'; readonly sql: string; readonly description: string }
  | { readonly kind: 'failed'; readonly code: string; readonly params: Readonly<Record<string, string>> };

/**
 * Builds the FROM item that reads a source's raw rows, attaching DuckDB files
 * read-only as needed. File paths resolve against the project root. CSV and JSON are
 * read as text so the engine decides every cast itself (DuckDB's auto-detection would
 * read '2026-10-25T02:30:00+02:00' in JSON as a TIMESTAMP in UTC, losing that it was
 * zoned); Parquet and DuckDB tables keep their own types, which the casts respect.
 *
 * @example
 * await rawRelation(session, '/repo/kpis', tickets); // { kind: 'relation', sql: "read_parquet('/repo/data/t.parquet')", … }
 */
export async function rawRelation(
  session: EngineSession,
  root: string,
  source: SourceModel,
): Promise<RawRelation> {
  const from = source.from;
  switch (from.kind) {
    case 'sql':
      // The source's own SQL may read files by relative path: let them resolve against the project.
      await session.execute(`set file_search_path = ${sqlString(root)}`);
      return { kind: 'relation', sql: `(${from.sql})`, description: 'SQL' };
    case 'table': {
      if (!(await session.hasProjectDatabase())) {
        return { kind: 'failed', code: 'KPI0506', params: { source: source.id, table: from.table } };
      }
      return { kind: 'relation', sql: `project.${sqlQualifiedName(from.table)}`, description: 'DuckDB' };
    }
    case 'file': {
      const path = resolve(root, from.path);
      if (!existsSync(path))
        return { kind: 'failed', code: 'KPI0503', params: { source: source.id, path: from.path } };
      const file = sqlString(path);
      switch (from.format) {
        case 'csv':
          return {
            kind: 'relation',
            sql: `read_csv(${file}, all_varchar = true, header = true)`,
            description: 'CSV',
          };
        case 'parquet':
          return { kind: 'relation', sql: `read_parquet(${file})`, description: 'Parquet' };
        case 'json': {
          const columns = await session.describe(`read_json_auto(${file})`);
          const asText = columns.map((c) => `${sqlString(c.name)}: 'VARCHAR'`).join(', ');
          return { kind: 'relation', sql: `read_json(${file}, columns = {${asText}})`, description: 'JSON' };
        }
        case 'duckdb': {
          const alias = await session.attachReadOnly(path);
          return {
            kind: 'relation',
            sql: `${alias}.${sqlQualifiedName(from.table ?? source.id)}`,
            description: 'DuckDB',
          };
        }
      }
    }
  }
}

/** The issue for a failed raw relation. */
export function rawRelationIssue(failed: Extract<RawRelation, { kind: 'failed' }>) {
  return createIssue(failed.code, failed.params);
}
