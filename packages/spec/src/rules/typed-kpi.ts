import { hasErrors, type Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import type { LoadedDoc } from '../load/loaded-doc.js';
import { locate, locateOffsets, nodeAt } from '../load/loaded-doc.js';
import { scalarOffsetMap } from '../load/scalar-offsets.js';
import { checkExpr } from '../measure/check-expr.js';
import type { MeasureDiagnostic } from '../measure/measure-diagnostic.js';
import { parseMeasure } from '../measure/parse-measure.js';
import type { TypedExpr } from '../model.js';
import type { KpiDoc } from '../schemas/kpi-schema.js';
import type { DocIndex, Typed } from './doc-index.js';

/** A KPI's measure and where, parsed and type-checked, with their issues placed in the file. */
export interface KpiExpressions {
  /** Set when the source is known and valid and the measure parses (type errors may remain). */
  readonly measure?: TypedExpr;
  readonly where?: TypedExpr;
  readonly issues: readonly Issue[];
  /** True when the source is known and both expressions check without errors (warnings allowed). */
  readonly ok: boolean;
}

const cache = new WeakMap<LoadedDoc, KpiExpressions>();

/**
 * Parses and type-checks a KPI's `measure` and `where` against its source's fields and the
 * known calendars. Diagnostics point at the line and column inside the YAML string, however
 * the string was written (plain, quoted, or a > / | block). Computed once per document:
 * the reference rule, the SMART lint and normalize all ask.
 *
 * @example
 * typeKpiExpressions(index, kpi).measure?.type; // 'number'
 */
export function typeKpiExpressions(index: DocIndex, kpi: Typed<KpiDoc>): KpiExpressions {
  const cached = cache.get(kpi.doc);
  if (cached) return cached;
  const fields = index.fields(kpi.data.source);
  let result: KpiExpressions;
  if (!fields) {
    result = { issues: [], ok: false };
  } else {
    const calendars = new Set(index.ids.calendar.keys());
    const measure = typeExpression(kpi.doc, 'measure', kpi.data.measure, {
      fields,
      role: 'measure',
      calendars,
    });
    const where =
      kpi.data.where === undefined
        ? undefined
        : typeExpression(kpi.doc, 'where', kpi.data.where, { fields, role: 'where', calendars });
    const issues = [...measure.issues, ...(where?.issues ?? [])];
    result = {
      ...(measure.expr ? { measure: measure.expr } : {}),
      ...(where?.expr ? { where: where.expr } : {}),
      issues,
      ok: !hasErrors(issues),
    };
  }
  cache.set(kpi.doc, result);
  return result;
}

/**
 * Parses and type-checks one expression setting of a document (`measure` or `where`),
 * with its issues placed in the file.
 *
 * @example
 * typeExpression(doc, 'where', "type = 'incident'", { fields, role: 'where' }).expr?.type; // 'boolean'
 */
export function typeExpression(
  doc: LoadedDoc,
  key: 'measure' | 'where',
  text: string,
  ctx: Parameters<typeof checkExpr>[1],
): { expr?: TypedExpr; issues: Issue[] } {
  const parsed = parseMeasure(text);
  const place = (d: MeasureDiagnostic) => placeDiagnostic(doc, key, d);
  if (!parsed.ast) return { issues: parsed.diagnostics.map(place) };
  const checked = checkExpr(parsed.ast, ctx);
  const issues = [...parsed.diagnostics, ...checked.diagnostics].map(place);
  return { expr: { text, ast: parsed.ast, type: checked.type, fields: checked.fields }, issues };
}

/**
 * Turns a measure diagnostic into an issue at its file position: the diagnostic's range is
 * offsets into the expression, mapped through the YAML scalar it was written in.
 *
 * @example
 * placeDiagnostic(doc, 'measure', { code: 'KPI0201', params: { field: 'prio' }, range: { start: 4, end: 8 } }).column; // 14
 */
export function placeDiagnostic(doc: LoadedDoc, key: string, d: MeasureDiagnostic): Issue {
  const node = nodeAt(doc, [key]);
  const map = scalarOffsetMap(doc.text, node);
  const subject = doc.id === undefined ? {} : { subject: doc.id };
  if (!map) return createIssue(d.code, d.params, locate(doc, [key]));
  const start = map[Math.min(d.range.start, map.length - 1)]!;
  const lastChar = map[Math.max(d.range.start, Math.min(d.range.end, map.length - 1) - 1)]!;
  const at = locateOffsets(doc, start, d.range.end > d.range.start ? lastChar + 1 : start);
  return createIssue(d.code, d.params, { ...at, ...subject });
}
