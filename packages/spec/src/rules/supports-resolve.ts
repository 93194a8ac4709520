import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import { suggestName } from '../suggest-name.js';
import { didYouMean, indexDocs } from './doc-index.js';

/**
 * Every id under a KPI's `supports` is an existing KPI.
 *
 * @example
 * supportsResolve(docs)[0]?.message; // 'KPI "itsm.fcr" says it supports "itsm.csta", but there is no KPI with that id.'
 */
export function supportsResolve(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  const known = [...index.ids.kpi.keys()];
  const issues: Issue[] = [];
  for (const kpi of index.kpis) {
    (kpi.data.supports ?? []).forEach((target, i) => {
      if (index.ids.kpi.has(target)) return;
      issues.push(
        createIssue(
          'KPI0304',
          { kpi: kpi.data.id, target, suggestion: didYouMean(suggestName(target, known)) },
          locate(kpi.doc, ['supports', i]),
        ),
      );
    });
  }
  return issues;
}
