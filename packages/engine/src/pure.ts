// @nyckeltal/engine/pure: the engine's stages that need no DuckDB and no Node — sorting
// result rows, periods, targets and status — for browsers (the playground) and other
// runtimes. The main entry also opens native DuckDB, which a browser cannot load.
// calendarsBySource walks the KPIs' expressions; its module's other functions take a
// session but import it as a type only, so nothing of DuckDB comes along.
export { calendarsBySource } from './calendar/prepare-business-time.js';
export { collectResults, type KpiResults } from './collect-results.js';
// A type only: erased from the build, so no DuckDB code comes along.
export type { JsValue } from './duckdb-value.js';
export { compareValues, statusOf, targetInForce } from './evaluate-status.js';
export {
  isoWeeksInYear,
  type Period,
  parsePeriodKey,
  periodOf,
  periodSeries,
  shiftPeriod,
  yearAgoPeriod,
} from './period.js';
export { snapshotKpi } from './snapshot-kpi.js';
