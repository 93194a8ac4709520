import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { locate } from '../load/loaded-doc.js';
import type { DocIndex } from '../rules/doc-index.js';

/**
 * A — Accepted: someone owns the KPI, with a name and a team or an email to reach them.
 *
 * @example
 * lintAccepted(index)[0]?.message; // 'A (Accepted): KPI "itsm.mttr" has no owner.'
 */
export function lintAccepted(index: DocIndex): Issue[] {
  return index.kpis.flatMap((kpi) => {
    const owner = kpi.data.owner;
    if (owner && (owner.team !== undefined || owner.email !== undefined)) return [];
    const detail = owner ? `has an owner ("${owner.name}") without a team or an email` : 'has no owner';
    return [createIssue('KPI0403', { kpi: kpi.data.id, detail }, locate(kpi.doc, owner ? ['owner'] : []))];
  });
}
