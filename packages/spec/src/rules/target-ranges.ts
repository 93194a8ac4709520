import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import { findOverlap } from './date-ranges.js';
import { indexDocs } from './doc-index.js';

/**
 * A KPI's targets each run forwards in time (from ≤ until) and no two are in force on the
 * same day, so exactly one target applies to any period.
 *
 * @example
 * targetRanges(docs)[0]?.message; // 'Targets 1 and 2 of KPI "itsm.mttr" are both in force on 2026-06-01.'
 */
export function targetRanges(docs: readonly LoadedDoc[]): Issue[] {
  const issues: Issue[] = [];
  for (const kpi of indexDocs(docs).kpis) {
    const targets = kpi.data.targets ?? [];
    targets.forEach((t, i) => {
      if (t.from !== undefined && t.until !== undefined && t.from > t.until) {
        const params = { index: i + 1, kpi: kpi.data.id, from: t.from, until: t.until };
        issues.push(createIssue('KPI0308', params, locate(kpi.doc, ['targets', i, 'until'])));
      }
    });
    const overlap = findOverlap(targets);
    if (overlap) {
      const params = {
        first: overlap.first + 1,
        second: overlap.second + 1,
        kpi: kpi.data.id,
        day: overlap.day,
      };
      issues.push(createIssue('KPI0307', params, locate(kpi.doc, ['targets', overlap.second])));
    }
  }
  return issues;
}
