// The engine's pure stages (sorting result rows, periods, targets, status), used as they
// are rather than copied; `@nyckeltal/engine/pure` has no DuckDB and no Node in it.
export {
  calendarsBySource,
  collectResults,
  type KpiResults,
  type Period,
  periodOf,
  periodSeries,
  snapshotKpi,
} from '@nyckeltal/engine/pure';
