import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { locate } from '../load/loaded-doc.js';
import type { DocIndex } from '../rules/doc-index.js';

/**
 * R — Relevant: a KPI has a level in the KPI tree; an outcome KPI is supported by other
 * KPIs, and every other KPI supports something.
 *
 * @example
 * lintRelevant(index)[0]?.message; // 'R (Relevant): process KPI "itsm.mttr" does not support any other KPI.'
 */
export function lintRelevant(index: DocIndex): Issue[] {
  const supported = new Set(index.kpis.flatMap((k) => k.data.supports ?? []));
  const issues: Issue[] = [];
  for (const kpi of index.kpis) {
    const id = kpi.data.id;
    const level = kpi.data.level;
    if (level === undefined) {
      issues.push(createIssue('KPI0404', { kpi: id }, locate(kpi.doc, [])));
    } else if (level === 'outcome') {
      if (!supported.has(id)) issues.push(createIssue('KPI0405', { kpi: id }, locate(kpi.doc, ['level'])));
    } else if ((kpi.data.supports ?? []).length === 0) {
      issues.push(createIssue('KPI0406', { kpi: id, level }, locate(kpi.doc, ['level'])));
    }
  }
  return issues;
}
