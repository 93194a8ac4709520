import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import { suggestName } from '../suggest-name.js';
import { didYouMean, indexDocs, listNames } from './doc-index.js';

/**
 * Every KPI's `source` names a source that exists (an SLA policy counts: it is a derived source).
 *
 * @example
 * kpiSources(docs)[0]?.message; // 'KPI "itsm.mttr" reads from source "tickts", but no source has that id.'
 */
export function kpiSources(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  const known = [...index.ids.source.keys(), ...index.ids.sla.keys()];
  return index.kpis
    .filter((kpi) => !index.ids.source.has(kpi.data.source) && !index.ids.sla.has(kpi.data.source))
    .map((kpi) =>
      createIssue(
        'KPI0302',
        {
          kpi: kpi.data.id,
          source: kpi.data.source,
          suggestion: didYouMean(suggestName(kpi.data.source, known)),
          known: listNames(known),
        },
        locate(kpi.doc, ['source']),
      ),
    );
}
