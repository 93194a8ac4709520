// The public surface of @nyckeltal/spec. Explicit exports only: what is not named here is internal.
export type { BusinessTime } from './calendar/business-time-reference.js';
export { businessTimeReference } from './calendar/business-time-reference.js';
export type { CalendarLookup } from './calendar/calendar-lookup.js';
export { buildCalendarLookup, lookupCumulative } from './calendar/calendar-lookup.js';
export type { Cumulative } from './calendar/cumulative-at.js';
export { cumulativeAt } from './calendar/cumulative-at.js';
export type { CalendarExpansion, WorkInterval } from './calendar/expand-calendar.js';
export { expandCalendar, mergeDayIntervals } from './calendar/expand-calendar.js';
export type { Holiday } from './calendar/swedish-holidays.js';
export { easterSunday, holidayRuleSets, swedishHolidays } from './calendar/swedish-holidays.js';
export { workingHoursResolver } from './calendar/working-hours-on.js';
export { instantToLocal, isKnownTimeZone, localToInstant, offsetSeconds } from './calendar/zoned-time.js';
export { formatBytes } from './format-bytes.js';
export type { Issue, Severity, SourceLocation } from './issues/issue.js';
export { hasErrors } from './issues/issue.js';
export { createIssue, issueAreas, issueCatalog } from './issues/issue-catalog.js';
export type { IssueText } from './issues/issue-catalog-sv.js';
export { issueCatalogSv } from './issues/issue-catalog-sv.js';
export type { IssueDefinition } from './issues/issue-definition.js';
export { fillTemplate } from './issues/issue-definition.js';
export type { IssueLang } from './issues/localize-issue.js';
export { localizeIssue, templatePlaceholders } from './issues/localize-issue.js';
export { smartLint } from './lint/smart-lint.js';
export { MAX_FILE_BYTES } from './load/decode-text.js';
export type { ProjectFile } from './load/load-files.js';
export { loadFile, loadFiles, MAX_ALIASES, MAX_NESTING, PROJECT_FILE } from './load/load-files.js';
export type { DocPath, LoadedDoc } from './load/loaded-doc.js';
export { locate, locateKey, locateNode, nodeAt } from './load/loaded-doc.js';
export type * from './measure/ast.js';
export type { CheckContext } from './measure/check-expr.js';
export { checkExpr } from './measure/check-expr.js';
export type { MeasureDiagnostic } from './measure/measure-diagnostic.js';
export { parseMeasure } from './measure/parse-measure.js';
export { printExpr } from './measure/print-expr.js';
export { walkExpr } from './measure/walk-expr.js';
export type * from './model.js';
export { grains } from './model.js';
export { normalizeDocs } from './normalize/normalize-docs.js';
export { DEFAULT_TOLERANCE } from './normalize/normalize-test.js';
export { type PeriodKeyReading, readPeriodKey } from './normalize/period-key.js';
export {
  type SlaClockField,
  slaClockFields,
  slaRelationName,
  slaSourceFields,
} from './normalize/sla-fields.js';
export { readTestTimestamp, type TestValueProblem, testValueProblem } from './normalize/test-values.js';
export { joinPath, normalizePath } from './posix-path.js';
export { type InferredUnit, inferMeasureUnit, type MeasureUnit } from './rules/measure-unit.js';
export type { Rule } from './rules/validate-docs.js';
export { rules, validateDocs } from './rules/validate-docs.js';
export type { CalendarDoc } from './schemas/calendar-schema.js';
export type { KpiDoc } from './schemas/kpi-schema.js';
export type { ProjectDoc } from './schemas/project-schema.js';
export type { DefinitionKind } from './schemas/schemas.js';
export { definitionKinds, definitionSchemas, publishedSchemas, schemaJson } from './schemas/schemas.js';
export type { ScorecardDoc } from './schemas/scorecard-schema.js';
export type { SlaDoc } from './schemas/sla-schema.js';
export type { SnapshotDoc } from './schemas/snapshot-schema.js';
export type { SourceDoc } from './schemas/source-schema.js';
export type { TestDoc } from './schemas/test-schema.js';
export type * from './snapshot.js';
export { SNAPSHOT_SCHEMA } from './snapshot.js';
export { suggestName } from './suggest-name.js';
export type { ProjectFiles, ValidateOptions, ValidationResult } from './validate-project.js';
export { sortIssues, validateProject } from './validate-project.js';
