import { existsSync } from 'node:fs';
import { EngineSession, runKpis } from '@nyckeltal/engine';
import type { Grain, ProjectModel, Snapshot } from '@nyckeltal/spec';

/** One period's value before and after a change; null when the period has no rows (or no value). */
export interface ValueRow {
  readonly period: string;
  readonly before: number | null;
  readonly after: number | null;
}

/** The last periods of one KPI, computed with the base and the head definition on the same data. */
export interface ValueComparison {
  readonly kpi: string;
  readonly unit: string;
  readonly rows: readonly ValueRow[];
}

export interface CompareOptions {
  /** A DuckDB file for `{ table: … }` sources (the project's `database` or `--data`). */
  readonly database?: string;
  readonly periods: number;
  readonly grain: Grain;
}

/**
 * Runs each KPI with both definitions on the same data (one engine session per side, so
 * a changed source is loaded as each side defines it) and pairs the values of the last
 * `periods` periods. The periods are the head's: the latest with data under the new
 * definition, and the base run is asked for the same period.
 *
 * @example
 * const [mttr] = await compareKpiValues(base, head, ['itsm.mttr'], { periods: 3, grain: 'month' });
 * mttr.rows; // [{ period: '2026-08', before: 9.5, after: 8.1 }, …]
 */
export async function compareKpiValues(
  base: ProjectModel,
  head: ProjectModel,
  ids: readonly string[],
  options: CompareOptions,
): Promise<ValueComparison[]> {
  const runnable = ids.filter((id) => base.kpis.has(id) && head.kpis.has(id));
  if (runnable.length === 0) return [];
  const run = { grain: options.grain, history: options.periods, now: () => new Date(0) };
  const after = await withSession(options.database, (s) => runKpis(s, head, runnable, run));
  const before = await withSession(options.database, (s) =>
    runKpis(s, base, runnable, { ...run, period: after.period.key }),
  );
  return runnable.map((id) => {
    const old = seriesOf(before, id);
    const now = seriesOf(after, id);
    const periods = [...new Set([...old.keys(), ...now.keys()])].sort().slice(-options.periods);
    return {
      kpi: id,
      unit: head.kpis.get(id)?.unit ?? '',
      rows: periods.map((period) => ({
        period,
        before: old.get(period) ?? null,
        after: now.get(period) ?? null,
      })),
    };
  });
}

/**
 * The data a diff can run on: `--data` when given, else the project's database when the
 * file exists, else the sources' own files when every source reads a file that exists
 * (or runs SQL). Undefined when there is nothing to run on.
 *
 * @example
 * dataFor(head, undefined); // { database: '/repo/kpis/data/demo.duckdb' }
 */
export function dataFor(
  project: ProjectModel,
  dataFlag: string | undefined,
): { database?: string } | undefined {
  if (dataFlag !== undefined) return { database: dataFlag };
  if (project.settings.database && existsSync(project.settings.database))
    return { database: project.settings.database };
  const sources = [...project.sources.values()];
  const selfContained = sources.every(
    (s) => s.from.kind === 'sql' || (s.from.kind === 'file' && existsSync(s.from.path)),
  );
  return sources.length > 0 && selfContained ? {} : undefined;
}

async function withSession<T>(
  database: string | undefined,
  work: (s: EngineSession) => Promise<T>,
): Promise<T> {
  const session = await EngineSession.open(database ? { database } : {});
  try {
    return await work(session);
  } finally {
    session.close();
  }
}

function seriesOf(snapshot: Snapshot, id: string): Map<string, number | null> {
  const kpi = snapshot.kpis.find((k) => k.id === id);
  return new Map((kpi?.series ?? []).map((p) => [p.period, p.value]));
}
