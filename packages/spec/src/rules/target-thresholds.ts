import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import type { Target } from '../model.js';
import { indexDocs } from './doc-index.js';

/**
 * A KPI's target and its green threshold say the same thing. The engine takes a period's
 * status from the thresholds when there are any (engine evaluate-status.ts), and shows the
 * target only beside the value; so a target on the wrong side of green makes a missed
 * target look green (KPI0322), or a met target look amber or red (KPI0323). Each message
 * gives a value that falls between the two.
 *
 * Thresholds have no dates, so they are compared with the newest target — the one that
 * starts last (no `from` counts as earliest; on a tie the one listed last, as the engine
 * picks between overlapping targets): the target they describe from now on. Earlier
 * targets are history that thresholds cannot follow. Thresholds the wrong way round are
 * left to {@link thresholdsDirection}.
 *
 * @example
 * targetThresholds(docs)[0]?.message;
 * // 'Target 1 of KPI "itsm.mttr" is 12, but the green threshold is 16, so a value of 14 misses the target and is still green.'
 */
export function targetThresholds(docs: readonly LoadedDoc[]): Issue[] {
  const issues: Issue[] = [];
  for (const kpi of indexDocs(docs).kpis) {
    const { thresholds, direction } = kpi.data;
    const newest = newestTarget(kpi.data.targets ?? []);
    if (!thresholds || !newest) continue;
    const lower = direction === 'lower';
    const { green, amber } = thresholds;
    if (lower ? green > amber : green < amber) continue;
    const target = newest.target.value;
    if (target === green) continue;
    const example = roundSignificant((target + green) / 2);
    const at = locate(kpi.doc, ['targets', newest.index, 'value']);
    const base = { index: newest.index + 1, kpi: kpi.data.id, target, green, example };
    const targetIsStricter = lower ? target < green : target > green;
    if (targetIsStricter) {
      issues.push(createIssue('KPI0322', base, at));
      continue;
    }
    const amberToo = lower ? target > amber : target < amber;
    const params = {
      ...base,
      status: (lower ? example <= amber : example >= amber) ? 'amber' : 'red',
      amberFix: amberToo ? ` and amber to at ${lower ? 'least' : 'most'} ${target}` : '',
    };
    issues.push(createIssue('KPI0323', params, at));
  }
  return issues;
}

/** The target that starts last, with its place in the list. */
function newestTarget(targets: readonly Target[]): { target: Target; index: number } | undefined {
  let best: { target: Target; index: number } | undefined;
  targets.forEach((target, index) => {
    if (!best || (target.from ?? '') >= (best.target.from ?? '')) best = { target, index };
  });
  return best;
}

/** Halfway between two decimals without binary noise: (0.1 + 0.2) / 2 reads 0.15. */
function roundSignificant(value: number): number {
  return Number(value.toPrecision(12));
}
