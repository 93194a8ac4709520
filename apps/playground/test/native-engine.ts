import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { EngineSession, runKpis } from '@nyckeltal/engine';
import { type ProjectFile, validateProject } from '@nyckeltal/spec';

async function yamlFiles(root: string, dir = root): Promise<ProjectFile[]> {
  const out: ProjectFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'data' && entry.name !== 'build')
      out.push(...(await yamlFiles(root, path)));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name))
      out.push({ path: relative(root, path).split('\\').join('/'), text: await readFile(path, 'utf8') });
  }
  return out;
}

/** What to compute natively: a KPI of the catalog, with one file's text replaced (the editor's edit). */
export interface NativeRun {
  readonly catalog: string;
  readonly data: string;
  readonly kpi: string;
  readonly period: string;
  readonly edit?: { readonly path: string; readonly text: string };
}

/**
 * One KPI's value in one month as the native engine computes it (native DuckDB with real
 * ICU, `runKpis` with its own SLA preparation), over the playground's own Parquet files:
 * each file in the data folder's index.json becomes the table of the same name in a
 * scratch database that the catalog's sources read. The playground tests compare the
 * browser's value with this one, which checks the browser path against the native one.
 *
 * @example
 * await nativeValue({ catalog: 'kpis', data: 'public/data', kpi: 'itsm.mttr', period: '2026-10-01' }); // 4.7119…
 */
export async function nativeValue(run: NativeRun): Promise<number | null> {
  const temp = await mkdtemp(join(tmpdir(), 'nyckeltal-playground-native-'));
  try {
    const database = join(temp, 'native.duckdb');
    const instance = await DuckDBInstance.create(database);
    const connection = await instance.connect();
    const index = JSON.parse(await readFile(join(run.data, 'index.json'), 'utf8')) as Record<string, string>;
    for (const file of Object.values(index)) {
      const path = join(run.data, basename(file)).replaceAll("'", "''");
      const table = basename(file, '.parquet').replaceAll('"', '""');
      await connection.run(`create table "${table}" as select * from read_parquet('${path}')`);
    }
    connection.closeSync();
    instance.closeSync();

    const files = (await yamlFiles(run.catalog)).map((f) =>
      run.edit && f.path === run.edit.path ? { path: f.path, text: run.edit.text } : f,
    );
    const { model, issues } = validateProject({ root: run.catalog, files });
    if (!model) throw new Error(`the catalog does not validate: ${issues.map((i) => i.message).join('; ')}`);
    const session = await EngineSession.open({ database });
    try {
      const snapshot = await runKpis(session, model, [run.kpi], { grain: 'month', history: 13 });
      const point = snapshot.kpis[0]?.series.find((p) => p.start === run.period);
      if (!point) throw new Error(`the native run of ${run.kpi} has no period ${run.period}`);
      return point.value;
    } finally {
      session.close();
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
