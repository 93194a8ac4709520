// The public surface of @nyckeltal/compiler. Explicit exports only.
export {
  businessTimeBetween,
  cumulativeDays,
  cumulativeMicros,
  duckDbBusinessTime,
} from './business-time/business-time-sql.js';
export { calendarRelationName } from './business-time/calendar-relation-name.js';
export { calendarTableSql } from './business-time/calendar-table-sql.js';
export { type PauseClock, type PauseWindow, pausedTimeSql } from './business-time/pause-clock-sql.js';
export { slaPolicyOf } from './business-time/sla-policy-of.js';
export {
  type SlaPolicy,
  type SlaTarget,
  slaClocksSql,
  slaReconciliationSql,
  slaTicketsSql,
} from './business-time/sla-sql.js';
export { compileKpiSql } from './compile-kpi-sql.js';
export { type AnyDatabase, createQueryBuilder, DuckDbDialect } from './dialect/duckdb-dialect.js';
export { DuckDbQueryCompiler } from './dialect/duckdb-query-compiler.js';
export { formatSql } from './format-sql.js';
export type {
  BusinessFunction,
  BusinessTimeCall,
  BusinessTimeSql,
  UnsupportedConstruct,
} from './measure/expr-context.js';
export {
  type NegativeRowsQuery,
  type NegativeRowsRequest,
  negativeDurationRowsSql,
} from './negative-duration-rows-sql.js';
export { type PlanOptions, planKpis } from './plan-kpis.js';
export type {
  BreakdownOutput,
  CompiledQuery,
  KpiOutput,
  PlanRequest,
  ScorecardPlan,
  SourceQuery,
} from './plan-types.js';
export { sourceRelationName } from './source-relation-name.js';
