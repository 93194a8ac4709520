// The public surface of @nyckeltal/engine. Explicit exports only.
export {
  type BuildOptions,
  type BuildResult,
  buildSnapshots,
  type SnapshotIndex,
} from './build-snapshots.js';
export {
  calendarsBySource,
  layOutCalendarFor,
  prepareBusinessTime,
} from './calendar/prepare-business-time.js';
export { type PreparedSla, prepareSla, prepareSlaSources } from './calendar/prepare-sla-sources.js';
export { reconcileSla, type SlaExample, type SlaReconciliation } from './calendar/reconcile-sla.js';
export { type CalendarRange, registerCalendar } from './calendar/register-calendar.js';
export type { JsValue } from './duckdb-value.js';
export { EngineSession, type Row, type SessionOptions, type SqlQuery } from './engine-session.js';
export { compareValues, statusOf, targetInForce } from './evaluate-status.js';
export { type LoadedSource, loadSource } from './load-source.js';
export {
  isoWeeksInYear,
  type Period,
  parsePeriodKey,
  periodOf,
  periodSeries,
  shiftPeriod,
  yearAgoPeriod,
} from './period.js';
export {
  type ProjectFileBytes,
  type ProjectFilesRead,
  READ_LIMIT_BYTES,
  type ReadProjectOptions,
  readProjectFiles,
} from './read-project-files.js';
export { type RunOptions, runKpis, runScorecard } from './run-kpis.js';
export { localDate, zonedIso } from './zoned-instant.js';
