import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import { suggestName } from '../suggest-name.js';
import { didYouMean, indexDocs, listNames } from './doc-index.js';

/**
 * Every breakdown of a KPI is a field of its source, and not the time field (a KPI is
 * already split by period). Duplicates are caught by the schema.
 *
 * @example
 * kpiBreakdowns(docs)[0]?.message; // 'The breakdown "prio" is not a field of source "tickets".'
 */
export function kpiBreakdowns(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  const issues: Issue[] = [];
  for (const kpi of index.kpis) {
    const fields = index.fields(kpi.data.source);
    if (!fields) continue;
    (kpi.data.breakdowns ?? []).forEach((name, i) => {
      const at = locate(kpi.doc, ['breakdowns', i]);
      if (!fields.has(name)) {
        const suggestion = didYouMean(suggestName(name, fields.keys()));
        const params = {
          setting: 'breakdown',
          field: name,
          source: kpi.data.source,
          suggestion,
          known: listNames(fields.keys()),
        };
        issues.push(createIssue('KPI0303', params, at));
      } else if (name === kpi.data.time) {
        issues.push(
          createIssue(
            'KPI0320',
            { kpi: kpi.data.id, field: name, detail: 'which is also its time field' },
            at,
          ),
        );
      }
    });
  }
  return issues;
}
