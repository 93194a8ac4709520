import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { locate } from '../load/loaded-doc.js';
import type { DocIndex } from '../rules/doc-index.js';

/**
 * True when text holds at least one full sentence: three words or more, ending in . ! or ?
 *
 * @example
 * isSentence('Average hours from open to resolved.'); // true
 * isSentence('MTTR');                                 // false
 */
export function isSentence(text: string): boolean {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) && trimmed.split(/\s+/).length >= 3;
}

/**
 * S — Specific: a KPI says in at least one full sentence exactly what it counts.
 *
 * @example
 * lintSpecific(index)[0]?.message; // 'S (Specific): KPI "itsm.mttr" has no description.'
 */
export function lintSpecific(index: DocIndex): Issue[] {
  return index.kpis.flatMap((kpi) => {
    const text = kpi.data.description;
    if (text !== undefined && isSentence(text)) return [];
    const detail =
      text === undefined ? 'has no description' : 'has a description that is not yet a full sentence';
    return [
      createIssue(
        'KPI0401',
        { kpi: kpi.data.id, detail },
        locate(kpi.doc, text === undefined ? [] : ['description']),
      ),
    ];
  });
}
