import { type ExprNode, type Grain, type ProjectModel, walkExpr } from '@nyckeltal/spec';
import { type QueryCreator, type SqlBool, sql } from 'kysely';
import { type AnyDatabase, createQueryBuilder } from './dialect/duckdb-dialect.js';
import { formatSql } from './format-sql.js';
import { compileScalar } from './measure/compile-scalar.js';
import type { ExprContext } from './measure/expr-context.js';
import { durationCalls, negativeCondition } from './measure/measure-columns.js';
import { periodExpression } from './period-expression.js';
import type { PlanOptions } from './plan-kpis.js';
import type { CompiledQuery } from './plan-types.js';
import { sourceRelationName } from './source-relation-name.js';

/** Which of a KPI's rows to look in for negative durations, and how many to return. */
export interface NegativeRowsRequest {
  readonly grain: Grain;
  /** Local start date of the first period to look in, e.g. '2025-11-01'. */
  readonly from: string;
  /** Local start date of the last period to look in (inclusive), e.g. '2026-11-01'. */
  readonly through: string;
  /** The most rows to return; default 5. */
  readonly limit?: number;
}

/** Rows {@link negativeDurationRowsSql} returns, for a KPI whose measure has durations. */
export interface NegativeRowsQuery {
  readonly query: CompiledQuery;
  /** The result columns in order: the source's key fields, then the fields the durations read. */
  readonly columns: readonly string[];
}

/**
 * The query for examples of a KPI's negative durations: up to `limit` of the rows its
 * fused query counts in the `<kpi>:negative` column (rows its `where` keeps, in the
 * periods from `from` through `through` of its time field, where a duration's end comes
 * before its start), with the source's key fields and the fields the durations read.
 * The periods are cut by the same expression as the fused query's, so the rows found
 * are exactly those counted. Values are bound parameters; rows come in key order, so
 * the same data always gives the same examples. Undefined when the measure has no
 * durations or cannot be compiled (business time without an implementation).
 *
 * @example
 * const q = negativeDurationRowsSql(project, 'itsm.mttr', { grain: 'month', from: '2025-11-01', through: '2026-11-01' });
 * q?.query.sql;  // select "id", "opened_at", "resolved_at" from "src_tickets" where … limit $5
 * q?.columns;    // ['id', 'opened_at', 'resolved_at']
 */
export function negativeDurationRowsSql(
  project: ProjectModel,
  kpiId: string,
  request: NegativeRowsRequest,
  options: PlanOptions = {},
): NegativeRowsQuery | undefined {
  const kpi = project.kpis.get(kpiId);
  if (!kpi) throw new Error(`Bug: negativeDurationRowsSql got unknown KPI "${kpiId}"`);
  const source = project.sources.get(kpi.source);
  if (!source) throw new Error(`Bug: KPI ${kpi.id} reads unknown source "${kpi.source}"`);
  const timeField = source.fields.get(kpi.time);
  if (!timeField) throw new Error(`Bug: time field ${kpi.time} is not a field of source ${source.id}`);
  const durations = durationCalls(kpi.measure.ast);
  if (durations.length === 0) return undefined;

  const ctx: ExprContext = {
    kpi: kpi.id,
    calendars: project.calendars,
    businessTime: options.businessTime,
    unsupported: [],
    usedCalendars: new Set(),
  };
  const where = kpi.where ? compileScalar(kpi.where.ast, ctx) : undefined;
  const negative = sql.join(
    durations.map((d) => negativeCondition(d, ctx)),
    sql` or `,
  );
  if (ctx.unsupported.length > 0) return undefined;

  const keys = [...source.fields.values()].filter((f) => f.key).map((f) => f.name);
  const read = durations.flatMap((d) => d.args.slice(0, 2).flatMap(fieldsOf));
  const columns = [...new Set([...keys, ...read])];
  const period = periodExpression(source, timeField, request.grain);
  const inWindow = sql`${period} between cast(${request.from} as date) and cast(${request.through} as date)`;
  const conditions = [inWindow, ...(where ? [where] : []), negative].map((c) => sql`(${c})`);

  // A `where` with business time reads calendar relations, as in the fused query.
  const calendars = [...ctx.usedCalendars].sort().map((id) => project.calendars.get(id)!);
  const calendarCtes = options.businessTime?.ctes?.(calendars) ?? [];
  const crossJoins = options.businessTime?.crossJoins?.(calendars) ?? [];
  let creator: QueryCreator<AnyDatabase> = createQueryBuilder();
  // kysely puts a raw CTE body in no parentheses of its own.
  for (const cte of calendarCtes)
    creator = creator.with(cte.name, () => sql<Record<string, unknown>>`(${cte.query})`);
  const { sql: text, parameters } = creator
    .selectFrom([sourceRelationName(source.id), ...crossJoins])
    .select(columns.map((c) => sql.id(c).as(c)))
    .where(sql<SqlBool>`${sql.join(conditions, sql` and `)}`)
    .orderBy(sql.join(columns.map((c) => sql.id(c))))
    .limit(request.limit ?? 5)
    .compile();
  return { query: { sql: formatSql(text), parameters }, columns };
}

/** The fields an expression reads, in the order they appear. */
function fieldsOf(node: ExprNode): string[] {
  const names: string[] = [];
  walkExpr(node, (n) => {
    if (n.kind === 'field') names.push(n.name);
  });
  return names;
}
