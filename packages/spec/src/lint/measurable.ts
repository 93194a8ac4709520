import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { locate } from '../load/loaded-doc.js';
import type { DocIndex } from '../rules/doc-index.js';
import { typeKpiExpressions } from '../rules/typed-kpi.js';

/**
 * M — Measurable: the KPI's measure type-checks against the fields of a defined source.
 * The errors themselves are reported by the rules; this names the SMART consequence.
 *
 * @example
 * lintMeasurable(index)[0]?.message; // 'M (Measurable): KPI "itsm.mttr" cannot be measured yet, because its source "tickts" is not defined.'
 */
export function lintMeasurable(index: DocIndex): Issue[] {
  return index.kpis.flatMap((kpi) => {
    if (typeKpiExpressions(index, kpi).ok) return [];
    const source = kpi.data.source;
    const detail = !index.ids.source.has(source)
      ? `its source "${source}" is not defined`
      : !index.fields(source)
        ? `its source "${source}" has errors`
        : 'its measure or where has errors';
    return [createIssue('KPI0402', { kpi: kpi.data.id, detail }, locate(kpi.doc, ['measure']))];
  });
}
