import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type DocPath, type LoadedDoc, locate } from '../load/loaded-doc.js';
import { indexDocs } from './doc-index.js';

/**
 * A percent KPI's targets, thresholds and baseline lie within 0–100 (percent is written
 * 95, not 0.95 — so 0.95 passes this rule but a ratio-like 1.5 or 150 does not).
 *
 * @example
 * percentRange(docs)[0]?.message; // 'Threshold green of KPI "itsm.fcr" is 110, but a percent KPI is written in 0–100.'
 */
export function percentRange(docs: readonly LoadedDoc[]): Issue[] {
  const issues: Issue[] = [];
  for (const kpi of indexDocs(docs).kpis) {
    if (kpi.data.unit !== 'percent') continue;
    const values: { what: string; value: number; path: DocPath }[] = [];
    (kpi.data.targets ?? []).forEach((t, i) => {
      values.push({ what: `Target ${i + 1}`, value: t.value, path: ['targets', i, 'value'] });
    });
    if (kpi.data.thresholds) {
      values.push({
        what: 'Threshold green',
        value: kpi.data.thresholds.green,
        path: ['thresholds', 'green'],
      });
      values.push({
        what: 'Threshold amber',
        value: kpi.data.thresholds.amber,
        path: ['thresholds', 'amber'],
      });
    }
    if (kpi.data.baseline)
      values.push({ what: 'The baseline', value: kpi.data.baseline.value, path: ['baseline', 'value'] });
    for (const v of values) {
      if (v.value >= 0 && v.value <= 100) continue;
      issues.push(
        createIssue('KPI0310', { what: v.what, kpi: kpi.data.id, value: v.value }, locate(kpi.doc, v.path)),
      );
    }
  }
  return issues;
}
