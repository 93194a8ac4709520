import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import { indexDocs } from './doc-index.js';

/**
 * Thresholds agree with the direction: when lower is better the green limit is at most the
 * amber limit (≤ green is green, ≤ amber amber, else red); when higher is better, at least.
 *
 * @example
 * thresholdsDirection(docs)[0]?.message;
 * // 'KPI "itsm.mttr" has direction "lower", so green (12) must be at most amber (8).'
 */
export function thresholdsDirection(docs: readonly LoadedDoc[]): Issue[] {
  const issues: Issue[] = [];
  for (const kpi of indexDocs(docs).kpis) {
    const t = kpi.data.thresholds;
    if (!t) continue;
    const lower = kpi.data.direction === 'lower';
    if (lower ? t.green <= t.amber : t.green >= t.amber) continue;
    const explanation = lower
      ? `Lower is better: values up to ${t.green} should be green and up to ${t.amber} amber, so swap the two numbers or change the direction.`
      : `Higher is better: values from ${t.green} up should be green and from ${t.amber} amber, so swap the two numbers or change the direction.`;
    const params = {
      kpi: kpi.data.id,
      direction: kpi.data.direction,
      green: t.green,
      amber: t.amber,
      relation: lower ? 'at most' : 'at least',
      explanation,
    };
    issues.push(createIssue('KPI0309', params, locate(kpi.doc, ['thresholds'])));
  }
  return issues;
}
