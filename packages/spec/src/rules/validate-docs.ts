import type { Issue } from '../issues/issue.js';
import { smartLint } from '../lint/smart-lint.js';
import type { LoadedDoc } from '../load/loaded-doc.js';
import { calendarHours } from './calendar-hours.js';
import { fieldOptions } from './field-options.js';
import { kpiBreakdowns } from './kpi-breakdowns.js';
import { kpiExpressions } from './kpi-expressions.js';
import { kpiSources } from './kpi-sources.js';
import { kpiTimeField } from './kpi-time-field.js';
import { percentRange } from './percent-range.js';
import { scorecardKpis } from './scorecard-kpis.js';
import { slaReferences } from './sla-references.js';
import { sourceFrom } from './source-from.js';
import { supportsCycles } from './supports-cycles.js';
import { supportsResolve } from './supports-resolve.js';
import { targetRanges } from './target-ranges.js';
import { targetThresholds } from './target-thresholds.js';
import { testReferences } from './test-references.js';
import { testRows } from './test-rows.js';
import { thresholdsDirection } from './thresholds-direction.js';
import { timeZones } from './time-zones.js';
import { uniqueIds } from './unique-ids.js';
import { unitFitsMeasure } from './unit-fits-measure.js';

/** A semantic rule: reads loaded documents, returns issues. */
export type Rule = (docs: readonly LoadedDoc[]) => Issue[];

/** The semantic rules in the order their issues are listed. */
export const rules: readonly Rule[] = [
  uniqueIds,
  sourceFrom,
  fieldOptions,
  timeZones,
  calendarHours,
  slaReferences,
  kpiSources,
  kpiExpressions,
  kpiTimeField,
  kpiBreakdowns,
  supportsResolve,
  supportsCycles,
  scorecardKpis,
  targetRanges,
  thresholdsDirection,
  targetThresholds,
  percentRange,
  unitFitsMeasure,
  testReferences,
  testRows,
];

/**
 * Runs the semantic rules and the SMART lint over loaded documents (schema issues come
 * from loadFiles). Pure; never throws on a user's mistake.
 *
 * @example
 * const { docs, issues } = loadFiles(files);
 * const all = [...issues, ...validateDocs(docs)];
 */
export function validateDocs(docs: readonly LoadedDoc[]): Issue[] {
  return [...rules.flatMap((rule) => rule(docs)), ...smartLint(docs)];
}
