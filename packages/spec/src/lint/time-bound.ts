import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { locate } from '../load/loaded-doc.js';
import type { DocIndex } from '../rules/doc-index.js';

/**
 * T — Time-bound: a KPI has a target with a date range (from and until) and a review cadence.
 *
 * @example
 * lintTimeBound(index).map((i) => i.code); // ['KPI0407', 'KPI0408'] for a KPI with neither
 */
export function lintTimeBound(index: DocIndex): Issue[] {
  const issues: Issue[] = [];
  for (const kpi of index.kpis) {
    const targets = kpi.data.targets ?? [];
    if (!targets.some((t) => t.from !== undefined && t.until !== undefined)) {
      const detail =
        targets.length === 0 ? 'has no target' : 'has targets, but none with a date range (from and until)';
      issues.push(
        createIssue(
          'KPI0407',
          { kpi: kpi.data.id, detail },
          locate(kpi.doc, targets.length === 0 ? [] : ['targets']),
        ),
      );
    }
    if (kpi.data.review === undefined)
      issues.push(createIssue('KPI0408', { kpi: kpi.data.id }, locate(kpi.doc, [])));
  }
  return issues;
}
