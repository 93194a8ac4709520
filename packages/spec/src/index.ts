// The public surface of @nyckeltal/spec. Explicit exports only: what is not named here is internal.
export type { Issue, Severity, SourceLocation } from './issues/issue.js';
export { hasErrors } from './issues/issue.js';
export type { IssueDefinition } from './issues/issue-definition.js';
export { fillTemplate } from './issues/issue-definition.js';
export { createIssue, issueAreas, issueCatalog } from './issues/issue-catalog.js';
export type * from './measure/ast.js';
export type { MeasureDiagnostic } from './measure/measure-diagnostic.js';
export type * from './model.js';
export { grains } from './model.js';
export type * from './snapshot.js';
export { SNAPSHOT_SCHEMA } from './snapshot.js';
export { suggestName } from './suggest-name.js';
export { parseMeasure } from './measure/parse-measure.js';
export type { CheckContext } from './measure/check-expr.js';
export { checkExpr } from './measure/check-expr.js';
export { printExpr } from './measure/print-expr.js';
export { walkExpr } from './measure/walk-expr.js';
