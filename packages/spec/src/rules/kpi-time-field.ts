import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import { suggestName } from '../suggest-name.js';
import { didYouMean, indexDocs, listNames } from './doc-index.js';

/**
 * A KPI's `time` names a field of its source, of type timestamp or date.
 *
 * @example
 * kpiTimeField(docs)[0]?.message; // 'The time field "priority" of KPI "itsm.mttr" is of type string, …'
 */
export function kpiTimeField(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  const issues: Issue[] = [];
  for (const kpi of index.kpis) {
    const fields = index.fields(kpi.data.source);
    if (!fields) continue;
    const field = fields.get(kpi.data.time);
    const at = locate(kpi.doc, ['time']);
    if (!field) {
      const temporal = [...fields.values()]
        .filter((f) => f.type === 'timestamp' || f.type === 'date')
        .map((f) => f.name);
      issues.push(
        createIssue(
          'KPI0303',
          {
            setting: 'time field',
            field: kpi.data.time,
            source: kpi.data.source,
            suggestion: didYouMean(suggestName(kpi.data.time, temporal)),
            known: listNames(fields.keys()),
          },
          at,
        ),
      );
    } else if (field.type !== 'timestamp' && field.type !== 'date') {
      issues.push(createIssue('KPI0311', { field: field.name, kpi: kpi.data.id, type: field.type }, at));
    }
  }
  return issues;
}
