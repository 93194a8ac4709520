import {
  compileKpiSql,
  createQueryBuilder,
  duckDbBusinessTime,
  formatSql,
  slaClocksSql,
  slaPolicyOf,
} from '@nyckeltal/compiler';
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
 * by line; for a KPI reading an SLA policy, followed by the policy's clocks query (where
 * its targets, pauses and fields show). KPIs whose SQL is the same on both sides are left out.
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
    const before = withPolicy(base, id, sqlText(base, id, grain));
    const after = withPolicy(head, id, sqlText(head, id, grain));
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
    return `${sql.trimEnd()}\n${paramLines(parameters)}`;
  } catch {
    // compileKpiSql throws only for KPIs the plan cannot compile; the diff then shows no SQL for it.
    return undefined;
  }
}

/** A KPI's SQL text, followed by the clocks query of the SLA policy it reads, if any. */
function withPolicy(project: ProjectModel, id: string, text: string | undefined): string | undefined {
  const source = project.sources.get(project.kpis.get(id)?.source ?? '');
  const sla = source?.derived?.kind === 'sla' ? project.slas?.get(source.derived.sla) : undefined;
  const policy = sla ? slaPolicyOf(project, sla) : undefined;
  if (text === undefined || !sla || !policy) return text;
  const { sql, parameters } = slaClocksSql(policy).compile(createQueryBuilder());
  return `${text}\n-- SLA policy ${sla.id}: the tickets and clocks the KPI reads\n${formatSql(sql).trimEnd()}\n${paramLines(parameters)}`;
}

function paramLines(parameters: readonly unknown[]): string {
  const lines = parameters.map((p, i) => `-- $${i + 1} = ${typeof p === 'string' ? `'${p}'` : String(p)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
