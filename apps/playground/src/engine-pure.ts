// The engine's pure stages (sorting result rows, targets, status, periods), used as they
// are rather than copied: the engine package's entry also opens native DuckDB, so these
// files are imported by path. They import nothing from Node (collect-results.ts takes
// only a type from engine-session.ts). Better: an `@nyckeltal/engine/pure` export.
export { collectResults, type KpiResults } from '../../../packages/engine/src/collect-results.js';
export { type Period, periodOf, periodSeries } from '../../../packages/engine/src/period.js';
export { snapshotKpi } from '../../../packages/engine/src/snapshot-kpi.js';
