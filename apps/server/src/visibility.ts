import type { ProjectModel, ScorecardModel } from '@nyckeltal/spec';

/**
 * Whether a requester holding these audiences may see a scorecard: every public one, and a
 * private one when one of its `private.audiences` is held.
 *
 * @example
 * canSeeScorecard(hrCard, new Set(['hr-leads'])); // true
 * canSeeScorecard(hrCard, new Set());             // false
 */
export function canSeeScorecard(card: ScorecardModel, audiences: ReadonlySet<string>): boolean {
  return !card.private || card.private.audiences.some((a) => audiences.has(a));
}

/**
 * Whether a KPI may be shown: when some scorecard the requester can see lists it, or when no
 * scorecard lists it at all (a catalog KPI). A KPI that only private scorecards list is as
 * private as they are, so it cannot be read around them through /api/kpis/:id.
 *
 * @example
 * canSeeKpi(model, 'hr.sick-leave', new Set()); // false when only the private HR scorecard lists it
 */
export function canSeeKpi(model: ProjectModel, kpiId: string, audiences: ReadonlySet<string>): boolean {
  if (!model.kpis.has(kpiId)) return false;
  let listed = false;
  for (const card of model.scorecards.values()) {
    if (!card.kpis.includes(kpiId)) continue;
    if (canSeeScorecard(card, audiences)) return true;
    listed = true;
  }
  return !listed;
}

/**
 * The scorecards a requester can see, sorted by id.
 *
 * @example
 * visibleScorecards(model, new Set()).map((c) => c.id); // ['service-desk']
 */
export function visibleScorecards(model: ProjectModel, audiences: ReadonlySet<string>): ScorecardModel[] {
  return [...model.scorecards.values()]
    .filter((card) => canSeeScorecard(card, audiences))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
