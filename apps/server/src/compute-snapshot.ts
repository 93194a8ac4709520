import { existsSync } from 'node:fs';
import { EngineSession, runKpis, runScorecard } from '@nyckeltal/engine';
import type { Grain, ProjectModel, Snapshot } from '@nyckeltal/spec';
import type { Lease } from './session-pool.js';

/** What to compute: a scorecard's snapshot, or one KPI's (a snapshot holding just that KPI). */
export interface ComputeRequest {
  readonly kind: 'scorecard' | 'kpi';
  readonly id: string;
  readonly grain?: Grain;
  readonly period?: string;
}

export interface ComputeOptions {
  /** After this many milliseconds the DuckDB connection is interrupted and the computation fails. */
  readonly timeoutMs: number;
  readonly now?: () => Date;
}

/** A computation that ran past its time limit; its query was interrupted. */
export class ComputeTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The computation took longer than ${timeoutMs} ms and was stopped.`);
    this.name = 'ComputeTimeout';
  }
}

/**
 * Computes one snapshot on a leased engine session (see SessionPool: the project database
 * is attached READ_ONLY and CSV/Parquet/JSON are only read). Past `timeoutMs` the session's
 * connection is interrupted and, once the query has returned (or after a short grace), the
 * promise rejects with {@link ComputeTimeout}; the session is then discarded, since a load
 * it had cached may be the interrupted one.
 *
 * @example
 * const snapshot = await pool.use(generation, (lease) =>
 *   computeSnapshot(lease, model, { kind: 'scorecard', id: 'service-desk' }, { timeoutMs: 30_000 }));
 */
export async function computeSnapshot(
  lease: Lease,
  model: ProjectModel,
  request: ComputeRequest,
  options: ComputeOptions,
): Promise<Snapshot> {
  const { session } = lease;
  const run = { grain: request.grain, period: request.period, now: options.now };
  const work =
    request.kind === 'scorecard'
      ? runScorecard(session, model, request.id, run)
      : runKpis(session, model, [request.id], { ...run, title: model.kpis.get(request.id)?.title });
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      session.interrupt();
      resolve();
    }, options.timeoutMs);
  });
  await Promise.race([settled, limit]);
  clearTimeout(timer);
  if (!timedOut) return work;
  lease.discard(settled);
  // Wait (briefly) for the interrupted query to return, so the slot frees only once DuckDB
  // has really stopped; the engine may have turned the interrupt into a snapshot issue.
  await Promise.race([settled, delay(INTERRUPT_GRACE_MS)]);
  throw new ComputeTimeout(options.timeoutMs);
}

/**
 * Opens an engine session for a project: its database attached read-only when it exists.
 *
 * @example
 * const session = await openProjectSession(model);
 */
export function openProjectSession(model: ProjectModel): Promise<EngineSession> {
  const database = model.settings.database;
  return EngineSession.open(database && existsSync(database) ? { database } : {});
}

/** How long an interrupted query gets to return before the timeout is answered anyway. */
const INTERRUPT_GRACE_MS = 2000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
