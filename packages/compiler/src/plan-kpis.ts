import type { KpiModel, ProjectModel, SourceModel } from '@nyckeltal/spec';
import { type AliasedRawBuilder, type SqlBool, sql } from 'kysely';
import { createQueryBuilder } from './dialect/duckdb-dialect.js';
import { formatSql } from './format-sql.js';
import { type GroupingSet, groupingLayout, periodColumn } from './grouping-sets.js';
import type { BusinessTimeSql, ExprContext, Sql, UnsupportedConstruct } from './measure/expr-context.js';
import { type MeasureColumns, measureColumns } from './measure/measure-columns.js';
import { periodExpression } from './period-expression.js';
import type { BreakdownOutput, KpiOutput, PlanRequest, ScorecardPlan, SourceQuery } from './plan-types.js';
import { sourceRelationName } from './source-relation-name.js';

export interface PlanOptions {
  /** Compiles `business_*_between`; without it KPIs using them are listed as unsupported. */
  readonly businessTime?: BusinessTimeSql;
}

/**
 * Plans and compiles the KPIs of a request into one query per source (fused execution):
 * one scan of the source, each KPI a set of aggregates filtered by its `where`, grouped
 * by period (grouping sets when the KPIs use different time fields, and for breakdowns
 * of `breakdownPeriod`). KPIs come in request order; unknown ids are a caller's bug.
 *
 * @example
 * const plan = planKpis(project, { kpis: ['itsm.mttr', 'itsm.fcr'], grain: 'month', breakdownPeriod: '2026-10-01' });
 * plan.queries[0].query.sql;            // with "tickets_rows" as (…) select … group by grouping sets (…)
 * plan.queries[0].kpis[0].value;        // 'itsm.mttr:value'
 */
export function planKpis(
  project: ProjectModel,
  request: PlanRequest,
  options: PlanOptions = {},
): ScorecardPlan {
  const bySource = new Map<string, KpiModel[]>();
  for (const id of new Set(request.kpis)) {
    const kpi = project.kpis.get(id);
    if (!kpi) throw new Error(`Bug: planKpis got unknown KPI "${id}"; check ids before planning`);
    bySource.set(kpi.source, [...(bySource.get(kpi.source) ?? []), kpi]);
  }
  const unsupported: UnsupportedConstruct[] = [];
  const queries: SourceQuery[] = [];
  for (const [sourceId, kpis] of bySource) {
    const source = project.sources.get(sourceId);
    if (!source) throw new Error(`Bug: KPI ${kpis[0]?.id} reads unknown source "${sourceId}"`);
    const query = planSource(project, source, kpis, request, options, unsupported);
    if (query) queries.push(query);
  }
  return { kind: 'scorecard-plan', grain: request.grain, queries, unsupported };
}

interface CompiledKpi {
  readonly kpi: KpiModel;
  readonly columns: MeasureColumns;
  readonly output: KpiOutput;
}

function planSource(
  project: ProjectModel,
  source: SourceModel,
  kpis: readonly KpiModel[],
  request: PlanRequest,
  options: PlanOptions,
  unsupported: UnsupportedConstruct[],
): SourceQuery | undefined {
  const usedCalendars = new Set<string>();
  const compiled: CompiledKpi[] = [];
  for (const kpi of kpis) {
    const ctx: ExprContext = {
      kpi: kpi.id,
      calendars: project.calendars,
      businessTime: options.businessTime,
      unsupported: [],
      usedCalendars,
    };
    const columns = measureColumns(kpi, ctx);
    if (ctx.unsupported.length > 0) {
      unsupported.push(...ctx.unsupported);
      continue;
    }
    compiled.push({ kpi, columns, output: kpiOutput(kpi, columns) });
  }
  if (compiled.length === 0) return undefined;

  const sets = groupingSets(compiled, request.breakdownPeriod !== undefined);
  const layout = groupingLayout(sets);
  const timeFields = [...new Set(sets.map((s) => s.timeField))].sort();
  const rowsName = `${source.id.replace(/[^a-z0-9_]/g, '_')}_rows`;
  const db = createQueryBuilder();

  const periods = timeFields.map((t) => {
    const field = source.fields.get(t);
    if (!field) throw new Error(`Bug: time field ${t} is not a field of source ${source.id}`);
    return periodExpression(source, field, request.grain).as(periodColumn(t));
  });
  const calendars = [...usedCalendars].sort().map((id) => project.calendars.get(id)!);
  const calendarCtes = options.businessTime?.ctes?.(calendars) ?? [];
  const crossJoins = options.businessTime?.crossJoins?.(calendars) ?? [];

  // A row without any of the time fields is in no period. Filtering on the plain columns
  // lets DuckDB drop those rows in the scan itself.
  const hasTime = sql.join(
    timeFields.map((t) => sql`${sql.id(t)} is not null`),
    sql` or `,
  );
  let builder = db.with(rowsName, (qb) =>
    qb
      .selectFrom(sourceRelationName(source.id))
      .selectAll()
      .select(periods)
      .where(sql<SqlBool>`(${hasTime})`),
  );
  // kysely puts a raw CTE body in no parentheses of its own.
  for (const cte of calendarCtes)
    builder = builder.with(cte.name, () => sql<Record<string, unknown>>`(${cte.query})`);
  let query = builder
    .selectFrom([rowsName, ...crossJoins])
    .select([
      layout.grouping.as('grouping'),
      layout.period.as('period'),
      layout.breakdownField.as('breakdown_field'),
      layout.breakdownKey.as('breakdown_key'),
      ...compiled.flatMap(kpiSelections),
    ])
    .groupBy(layout.groupBy);

  // With several time fields, a row may lack one of them: leave out the null period groups.
  if (timeFields.length > 1) query = query.having(sql<SqlBool>`(${layout.period} is not null)`);
  if (request.breakdownPeriod !== undefined && layout.isSeries) {
    // Series rows for every period; breakdown rows for the one period asked for.
    query = query.having(
      sql<SqlBool>`(${layout.isSeries} or ${layout.period} = cast(${request.breakdownPeriod} as date))`,
    );
  }
  const { sql: text, parameters } = query
    .orderBy(sql`"grouping"`)
    .orderBy(sql`"period"`)
    .orderBy(sql`"breakdown_key" nulls last`)
    .compile();

  const breakdowns: BreakdownOutput[] =
    request.breakdownPeriod === undefined
      ? []
      : compiled.flatMap(({ kpi }) =>
          kpi.breakdowns.map((field) => ({ kpi: kpi.id, field, grouping: `${kpi.time}/${field}` })),
        );
  return {
    kind: 'source-query',
    source: source.id,
    grain: request.grain,
    query: { sql: formatSql(text), parameters },
    kpis: compiled.map((c) => c.output),
    breakdowns,
  };
}

/** Series sets (one per time field), then one per (time field, breakdown field) when breakdowns are asked for. */
function groupingSets(compiled: readonly CompiledKpi[], withBreakdowns: boolean): GroupingSet[] {
  const timeFields = [...new Set(compiled.map((c) => c.kpi.time))].sort();
  const sets: GroupingSet[] = timeFields.map((t) => ({ timeField: t, tag: t }));
  if (!withBreakdowns) return sets;
  for (const t of timeFields) {
    const fields = new Set(compiled.filter((c) => c.kpi.time === t).flatMap((c) => c.kpi.breakdowns));
    for (const f of [...fields].sort()) sets.push({ timeField: t, breakdown: f, tag: `${t}/${f}` });
  }
  return sets;
}

function kpiOutput(kpi: KpiModel, columns: MeasureColumns): KpiOutput {
  const name = (part: string) => `${kpi.id}:${part}`;
  return {
    kpi: kpi.id,
    value: name('value'),
    sample: name('sample'),
    ...(columns.numerator && { numerator: name('numerator'), denominator: name('denominator') }),
    ...(columns.negative && { negative: name('negative') }),
    timeField: kpi.time,
    grouping: kpi.time,
  };
}

/** A KPI's columns, the first carrying a comment that names the KPI. */
function kpiSelections({ kpi, columns, output }: CompiledKpi): AliasedRawBuilder<unknown, string>[] {
  const items: [Sql, string][] = [
    [columns.sample, output.sample],
    [columns.value, output.value],
  ];
  if (columns.numerator && columns.denominator && output.numerator && output.denominator) {
    items.push([columns.numerator, output.numerator], [columns.denominator, output.denominator]);
  }
  if (columns.negative && output.negative) items.push([columns.negative, output.negative]);
  return items.map(([expr, alias], i) =>
    (i === 0 ? sql`${sql.raw(sqlComment(`${kpi.id}: ${kpi.title.en}`))} ${expr}` : expr).as(alias),
  );
}

/**
 * A block comment that cannot end early or hide SQL: control and line-separator
 * characters become spaces, and comment delimiters are broken up.
 */
export function sqlComment(text: string): string {
  const flat = text
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replaceAll('*/', '* /')
    .replaceAll('/*', '/ *');
  return `/* ${flat} */`;
}
