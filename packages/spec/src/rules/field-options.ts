import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import { indexDocs } from './doc-index.js';

/**
 * Field options fit the field's type: `values` lists the values of a string field, and
 * `format` says how a timestamp or date stored as text is written.
 *
 * @example
 * fieldOptions(docs)[0]?.message; // 'Field "reopen_count" of source "tickets" is of type integer, so it cannot have "values".'
 */
export function fieldOptions(docs: readonly LoadedDoc[]): Issue[] {
  const issues: Issue[] = [];
  for (const source of indexDocs(docs).sources) {
    for (const [name, spec] of Object.entries(source.data.fields)) {
      if (typeof spec === 'string') continue;
      const check = (option: 'values' | 'format', allowed: readonly string[]) => {
        if (spec[option] === undefined || allowed.includes(spec.type)) return;
        const params = { field: name, source: source.data.id, type: spec.type, option };
        issues.push(createIssue('KPI0315', params, locate(source.doc, ['fields', name, option])));
      };
      check('values', ['string']);
      check('format', ['timestamp', 'date']);
    }
  }
  return issues;
}
