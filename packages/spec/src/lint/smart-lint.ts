import type { Issue } from '../issues/issue.js';
import type { LoadedDoc } from '../load/loaded-doc.js';
import { indexDocs } from '../rules/doc-index.js';
import { lintAccepted } from './accepted.js';
import { lintMeasurable } from './measurable.js';
import { lintRelevant } from './relevant.js';
import { lintSpecific } from './specific.js';
import { lintTimeBound } from './time-bound.js';

/**
 * The SMART lint over all schema-valid KPIs: warnings, each naming the missing letter
 * (Specific, Measurable, Accepted, Relevant, Time-bound) and how to fix it. With
 * `strict`, validateProject turns them into errors.
 *
 * @example
 * smartLint(docs).map((i) => i.message[0]); // ['S', 'T', …]
 */
export function smartLint(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  return [
    ...lintSpecific(index),
    ...lintMeasurable(index),
    ...lintAccepted(index),
    ...lintRelevant(index),
    ...lintTimeBound(index),
  ];
}
