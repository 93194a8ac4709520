import { compileKpiSql, duckDbBusinessTime } from '@nyckeltal/compiler';
import type { Grain, ProjectModel } from '@nyckeltal/spec';
import { unifiedDiff } from './line-diff.js';

/** The unified diff of one KPI's generated SQL. */
export interface SqlDiff {
  readonly kpi: string;
  readonly diff: string;
}

/**
 * The SQL each side compiles a KPI to (as `kpi compile` prints it, with the bound
 * parameters listed as comments, since a changed literal only shows there), diffed line
 * by line. KPIs whose SQL is the same on both sides are left out.
 *
 * @example
 * sqlDiffs(base, head, ['itsm.mttr'], 'month')[0].diff; // '--- itsm.mttr (base)\n+++ itsm.mttr (head)\n@@ …'
 */
export function sqlDiffs(
  base: ProjectModel,
  head: ProjectModel,
  ids: readonly string[],
  grain: Grain,
): SqlDiff[] {
  const out: SqlDiff[] = [];
  for (const id of ids) {
    const before = sqlText(base, id, grain);
    const after = sqlText(head, id, grain);
    if (before === undefined || after === undefined) continue;
    const diff = unifiedDiff(before, after, { from: `${id} (base)`, to: `${id} (head)` });
    if (diff) out.push({ kpi: id, diff });
  }
  return out;
}

/**
 * The SQL text of one KPI with its parameters; undefined when it cannot be compiled.
 *
 * @example
 * sqlText(project, 'itsm.mttr', 'month'); // 'with "tickets_rows" as (…\n-- $1 = \'incident\'\n'
 */
export function sqlText(project: ProjectModel, id: string, grain: Grain): string | undefined {
  if (!project.kpis.has(id)) return undefined;
  try {
    const { sql, parameters } = compileKpiSql(project, id, grain, { businessTime: duckDbBusinessTime });
    const params = parameters.map((p, i) => `-- $${i + 1} = ${typeof p === 'string' ? `'${p}'` : String(p)}`);
    return `${sql.trimEnd()}\n${params.join('\n')}${params.length > 0 ? '\n' : ''}`;
  } catch {
    // compileKpiSql throws only for KPIs the plan cannot compile; the diff then shows no SQL for it.
    return undefined;
  }
}
