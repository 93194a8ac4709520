import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import { fileFormat } from '../normalize/file-format.js';
import { indexDocs } from './doc-index.js';

/**
 * A source's `from` says where rows come from in exactly one way: a file, a table, or SQL.
 * `table` may go with a .duckdb file (a table inside it). Files must be of a readable kind.
 *
 * @example
 * sourceFrom(docs)[0]?.message; // 'Source "tickets" must say where its rows come from with exactly one of …'
 */
export function sourceFrom(docs: readonly LoadedDoc[]): Issue[] {
  const issues: Issue[] = [];
  for (const source of indexDocs(docs).sources) {
    const { file, table, sql } = source.data.from;
    const at = locate(source.doc, ['from']);
    const given = [file, table, sql].filter((x) => x !== undefined).length;
    const duckdbTable =
      file !== undefined && table !== undefined && sql === undefined && fileFormat(file) === 'duckdb';
    if (given > 1 && !duckdbTable) {
      const detail =
        file !== undefined && table !== undefined
          ? ' ("table" goes with a file only when it is a .duckdb file)'
          : '';
      issues.push(createIssue('KPI0312', { source: source.data.id, detail }, at));
      continue;
    }
    if (file !== undefined && fileFormat(file) === undefined) {
      issues.push(
        createIssue('KPI0313', { source: source.data.id, file }, locate(source.doc, ['from', 'file'])),
      );
    }
  }
  return issues;
}
