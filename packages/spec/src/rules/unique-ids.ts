import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';

const KIND_WORDS = {
  kpi: 'KPI',
  source: 'source',
  scorecard: 'scorecard',
  calendar: 'calendar',
  sla: 'SLA policy',
  test: 'test',
  project: 'project',
} as const;

/**
 * Ids are unique per kind across all files: the second (and later) file using an id is
 * reported, naming the file that had it first.
 *
 * @example
 * uniqueIds(docs); // [{ code: 'KPI0301', message: 'The KPI id "itsm.mttr" is also used in itsm/mttr.yaml.', file: 'itsm/mttr-copy.yaml', … }]
 */
export function uniqueIds(docs: readonly LoadedDoc[]): Issue[] {
  const first = new Map<string, LoadedDoc>();
  const issues: Issue[] = [];
  for (const doc of docs) {
    if (doc.id === undefined) continue;
    const key = `${doc.kind}\u0000${doc.id}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, doc);
      continue;
    }
    issues.push(
      createIssue(
        'KPI0301',
        { kind: KIND_WORDS[doc.kind], id: doc.id, other: earlier.file },
        locate(doc, ['id']),
      ),
    );
  }
  return issues;
}
