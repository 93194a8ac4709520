import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import type { LoadedDoc } from '../load/loaded-doc.js';
import { locate } from '../load/loaded-doc.js';
import { slaClockFields } from '../normalize/sla-fields.js';
import type { DocIndex } from './doc-index.js';
import { indexDocs } from './doc-index.js';
import { inferMeasureUnit, type MeasureUnit } from './measure-unit.js';
import { typeKpiExpressions } from './typed-kpi.js';

/** What each inferred unit is, as the message says it. */
const UNIT_WORDS: Readonly<Record<MeasureUnit, string>> = {
  percent: 'a percent (0–100)',
  score: 'a score from −100 to 100',
  hours: 'hours',
  minutes: 'minutes',
  days: 'days',
  count: 'a count',
  ratio: 'a ratio of two counts (such as 0.25)',
};

/**
 * A KPI's declared `unit` fits what its measure yields, where the measure's shape makes
 * that certain (see {@link inferMeasureUnit}): `share(…)` with `unit: hours` is a warning
 * at the unit, naming the unit the measure gives. Measures whose unit is not certain
 * (arithmetic on sums, scaled values) are left alone, and so are measures with errors.
 *
 * @example
 * unitFitsMeasure(docs)[0]?.message;
 * // 'KPI "itsm.fcr" has unit "hours", but its measure share(…) gives a percent (0–100).'
 */
export function unitFitsMeasure(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  const issues: Issue[] = [];
  for (const kpi of index.kpis) {
    const typed = typeKpiExpressions(index, kpi);
    if (!typed.ok || !typed.measure) continue;
    const inferred = inferMeasureUnit(typed.measure.ast, clockUnits(index, kpi.data.source));
    const unit = kpi.data.unit;
    if (!inferred || inferred.accepts.includes(unit)) continue;
    const params = {
      kpi: kpi.data.id,
      unit,
      measure: inferred.shape,
      what: UNIT_WORDS[inferred.unit],
      inferred: inferred.unit,
      detail: detailFor(inferred.unit, unit),
    };
    issues.push(createIssue('KPI0321', params, locate(kpi.doc, ['unit'])));
  }
  return issues;
}

/** The hint's addition for the mistakes that have a second way out. */
function detailFor(inferred: MeasureUnit, declared: string): string {
  if (inferred === 'ratio' && declared === 'percent')
    return ', or multiply the measure by 100 to keep unit: percent';
  if (inferred === 'ratio') return ' (or unit: count for a number per thing, such as tickets per agent)';
  if (inferred === 'score')
    return ' (NPS is the percent of promoters minus the percent of detractors, so it runs from −100 to 100)';
  return '';
}

/** An SLA policy's clocks are business hours; a plain source has no field whose unit is certain. */
function clockUnits(index: DocIndex, sourceId: string): ReadonlyMap<string, MeasureUnit> {
  if (index.ids.source.has(sourceId) || !index.ids.sla.has(sourceId)) return new Map();
  return new Map(slaClockFields.filter((f) => f.type === 'number').map((f) => [f.name, 'hours' as const]));
}
