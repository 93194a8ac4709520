import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { EngineSession, readProjectFiles, runKpis, runScorecard } from '@nyckeltal/engine';
import { type ProjectModel, type Snapshot, validateProject } from '@nyckeltal/spec';
import { generateDemoData } from '../../src/index.js';
import type { CheckContext } from './catalog-check.js';
import { OCTOBER_2026, Q3_2026 } from './periods.js';

/** The catalog folder of the repository: kpis/. */
const CATALOG = join(import.meta.dirname, '..', '..', '..', '..', 'kpis');

/** The engine's snapshots for the checked periods, and the raw tables to check them against. */
export interface CatalogRun {
  readonly model: ProjectModel;
  readonly ctx: CheckContext;
  /** Every scorecard, grain month, period 2026-10, by scorecard id. */
  readonly october: ReadonlyMap<string, Snapshot>;
  /** The given KPIs at grain quarter, period 2026-Q3. */
  readonly q3: Snapshot;
  /** The engine session that computed them (on the same database), for further runs. */
  readonly session: EngineSession;
  close(): Promise<void>;
}

/**
 * Generates a small demo database (4,000 tickets, seed 7) in a temporary folder, loads the
 * catalog with its database pointed there, runs every scorecard for October 2026 and the
 * given KPIs for 2026-Q3 with the engine, and opens the file read-only in a DuckDB instance
 * of its own for the plain SQL checks.
 *
 * @example
 * const run = await runCatalog(['itsm.fcr']);
 * run.october.get('service-desk')?.kpis[0]?.value;
 */
export async function runCatalog(quarterKpis: readonly string[]): Promise<CatalogRun> {
  const dir = await mkdtemp(join(tmpdir(), 'nyckeltal-catalog-values-'));
  try {
    const file = join(dir, 'demo.duckdb');
    await generateDemoData({ file, tickets: 4000, seed: 7 });
    const read = await readProjectFiles(CATALOG);
    // Definitions only: the `kind: test` files under tests/ are `kpi test`'s business.
    const files = read.files.filter((f) => !f.path.startsWith('tests/'));
    const { model: catalog, issues } = validateProject({ root: read.root, files });
    if (!catalog) throw new Error(`the catalog does not load: ${JSON.stringify(issues.slice(0, 3))}`);
    // The model is plain data: the same catalog, reading the temporary database.
    const model: ProjectModel = { ...catalog, settings: { ...catalog.settings, database: file } };
    // As `kpi run` does: the session reads the model's database.
    const session = await EngineSession.open(
      model.settings.database ? { database: model.settings.database } : {},
    );
    const { october, q3 } = await runEngine(session, model, quarterKpis).catch((error: unknown) => {
      session.close();
      throw error;
    });

    const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const officeCalendar = model.calendars.get('se-office');
    if (!officeCalendar) throw new Error('the catalog has no se-office calendar');
    const ctx: CheckContext = {
      officeCalendar,
      db: {
        async query(sql) {
          const result = await connection.runAndReadAll(sql);
          return result.getRowObjectsJson() as Record<string, unknown>[];
        },
      },
    };
    return {
      model,
      ctx,
      october,
      q3,
      session,
      async close() {
        session.close();
        connection.closeSync();
        instance.closeSync();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function runEngine(
  session: EngineSession,
  model: ProjectModel,
  quarterKpis: readonly string[],
): Promise<{ october: Map<string, Snapshot>; q3: Snapshot }> {
  const october = new Map<string, Snapshot>();
  for (const id of model.scorecards.keys()) {
    october.set(id, await runScorecard(session, model, id, { grain: 'month', period: OCTOBER_2026.key }));
  }
  const q3 = await runKpis(session, model, quarterKpis, {
    grain: 'quarter',
    period: Q3_2026.key,
    history: 1,
  });
  return { october, q3 };
}
