import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import { suggestName } from '../suggest-name.js';
import { didYouMean, indexDocs } from './doc-index.js';

/**
 * Every KPI a scorecard lists exists.
 *
 * @example
 * scorecardKpis(docs)[0]?.message; // 'Scorecard "service-desk" lists "itsm.mtr", but there is no KPI with that id.'
 */
export function scorecardKpis(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  const known = [...index.ids.kpi.keys()];
  const issues: Issue[] = [];
  for (const card of index.scorecards) {
    card.data.kpis.forEach((kpi, i) => {
      if (index.ids.kpi.has(kpi)) return;
      issues.push(
        createIssue(
          'KPI0305',
          { scorecard: card.data.id, kpi, suggestion: didYouMean(suggestName(kpi, known)) },
          locate(card.doc, ['kpis', i]),
        ),
      );
    });
  }
  return issues;
}
