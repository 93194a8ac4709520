import type { Issue } from '../issues/issue.js';
import type { LoadedDoc } from '../load/loaded-doc.js';
import { indexDocs } from './doc-index.js';
import { typeKpiExpressions } from './typed-kpi.js';

/**
 * Every KPI's `measure` and `where` parse and type-check against its source's fields
 * (unknown fields, wrong types, unknown calendars), with positions inside the YAML string.
 * KPIs whose source is unknown are left to {@link kpiSources}.
 *
 * @example
 * kpiExpressions(docs)[0]; // { code: 'KPI0201', message: 'The source has no field "prio". …', line: 12, column: 18 }
 */
export function kpiExpressions(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  return index.kpis.flatMap((kpi) => [...typeKpiExpressions(index, kpi).issues]);
}
