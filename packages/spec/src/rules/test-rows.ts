import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate, locateKey } from '../load/loaded-doc.js';
import { describeFound } from '../load/schema-error-params.js';
import type { FieldModel } from '../model.js';
import { type TestValue, testValueProblem } from '../normalize/test-values.js';
import { suggestName } from '../suggest-name.js';
import { didYouMean, indexDocs, listNames } from './doc-index.js';

/**
 * The rows of a KPI test fit their sources: every field a row gives is a field of the
 * source (by field name, not column name), and every value has the field's type — numbers
 * as numbers, timestamps as ISO 8601 text, dates as YYYY-MM-DD — and is one of the
 * field's `values` when it declares them. Rows of unknown or invalid sources are left to
 * testReferences and the source's own issues.
 *
 * @example
 * testRows(docs)[0]?.message;
 * // 'Row 1 of source "changes" in test "changes-problems" gives "typ", which is not a field of the source.'
 */
export function testRows(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  const issues: Issue[] = [];
  for (const { doc, data } of index.tests) {
    for (const [source, rows] of Object.entries(data.rows ?? {})) {
      if (!index.ids.source.has(source)) continue;
      const fields = index.fields(source);
      if (!fields) continue;
      for (const [i, row] of rows.entries()) {
        const at = { doc, test: data.id, source, row: i + 1, path: ['rows', source, i] as const };
        for (const [name, value] of Object.entries(row as Readonly<Record<string, TestValue>>)) {
          const field = fields.get(name);
          issues.push(...(field ? valueIssues(at, field, value) : [unknownField(at, name, fields)]));
        }
      }
    }
  }
  return issues;
}

interface RowAt {
  readonly doc: LoadedDoc;
  readonly test: string;
  readonly source: string;
  readonly row: number;
  readonly path: readonly (string | number)[];
}

function unknownField(at: RowAt, name: string, fields: ReadonlyMap<string, FieldModel>): Issue {
  const names = [...fields.keys()];
  const params = {
    test: at.test,
    source: at.source,
    row: at.row,
    field: name,
    suggestion: didYouMean(suggestName(name, names)),
    known: listNames(names, 40),
  };
  return createIssue('KPI0904', params, locateKey(at.doc, at.path, name));
}

function valueIssues(at: RowAt, field: FieldModel, value: TestValue): Issue[] {
  const problem = testValueProblem(field, value);
  if (!problem) return [];
  const where = locate(at.doc, [...at.path, field.name]);
  const base = { source: at.source, row: at.row, field: field.name };
  if (problem.kind === 'type') {
    const params = {
      ...base,
      found: describeFound(value),
      type: field.type,
      expected: problem.expected,
      example: problem.example,
    };
    return [createIssue('KPI0905', params, where)];
  }
  const text = String(value);
  const params = {
    ...base,
    value: text,
    suggestion: didYouMean(suggestName(text, problem.allowed)),
    allowed: problem.allowed.join(', '),
  };
  return [createIssue('KPI0906', params, where)];
}
