import type { Grain, ProjectModel } from '@nyckeltal/spec';
import { type PlanOptions, planKpis } from './plan-kpis.js';
import type { CompiledQuery } from './plan-types.js';

/**
 * The readable single-KPI query `kpi compile` prints: the same SQL the fused plan runs,
 * for one KPI alone (series rows only, no breakdowns). Throws for an unknown id or a KPI
 * that cannot be compiled (business time without a calendar implementation): the caller
 * checks `project.kpis` and `planKpis(…).unsupported` first to report those as issues.
 *
 * @example
 * const { sql, parameters } = compileKpiSql(project, 'itsm.mttr', 'month');
 * console.log(sql); // with "tickets_rows" as ( … ) select … -- itsm.mttr: Mean time to resolve …
 */
export function compileKpiSql(
  project: ProjectModel,
  kpiId: string,
  grain: Grain,
  options: PlanOptions = {},
): CompiledQuery {
  const plan = planKpis(project, { kpis: [kpiId], grain }, options);
  const query = plan.queries[0];
  if (!query) {
    const why = plan.unsupported.map((u) => `${u.fn} (${u.reason})`).join(', ');
    throw new Error(`Bug: KPI ${kpiId} cannot be compiled: ${why}; check planKpis(…).unsupported first`);
  }
  return query.query;
}
