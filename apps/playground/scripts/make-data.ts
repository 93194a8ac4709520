/**
 * Makes the playground's data: a small seeded demo data set (2,000 tickets from the
 * demo generator) written as Parquet to public/data/ (one file per table a source reads, and index.json: source id → file), and a snapshot of every scorecard
 * in kpis/ computed over it by the real engine, written to public/snapshots/. Both are
 * committed (they are small), so the build needs no native DuckDB; run this again after
 * changing the generator or the catalog: `pnpm --filter @nyckeltal/playground data`.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateDemoData } from '@nyckeltal/demo-data';
import { EngineSession, runScorecard } from '@nyckeltal/engine';
import { validateProject } from '@nyckeltal/spec';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const project = resolve(app, '../../kpis');
const TICKETS = 2_000;
/** The snapshots' clock, fixed so the files only change when data or definitions do. */
const BUILT_AT = new Date('2026-11-02T07:00:00Z');

async function yamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'data' && entry.name !== 'build')
      out.push(...(await yamlFiles(path)));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

async function main(): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), 'nyckeltal-playground-'));
  try {
    const database = join(temp, 'demo.duckdb');
    await rm(join(app, 'public/snapshots'), { recursive: true, force: true });
    await mkdir(join(app, 'public/snapshots'), { recursive: true });
    const stats = await generateDemoData({ file: database, tickets: TICKETS, seed: 42 });
    console.log(`generated ${stats.rows.tickets} tickets, ${stats.start} … ${stats.end}`);

    const files = await Promise.all(
      (await yamlFiles(project)).map(async (path) => ({
        path: relative(project, path).split('\\').join('/'),
        text: await readFile(path, 'utf8'),
      })),
    );
    const { model, issues } = validateProject({ root: project, files });
    if (!model) throw new Error(`kpis/ does not validate: ${issues.map((i) => i.message).join('; ')}`);
    // One Parquet file per table a source reads; the page loads them as those sources.
    const dataDir = join(app, 'public/data');
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    const instance = await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const index: Record<string, string> = {};
    let bytes = 0;
    for (const source of model.sources.values()) {
      if (source.from.kind !== 'table') continue;
      const file = join(dataDir, `${source.from.table}.parquet`);
      // Snappy is the codec hyparquet decodes without extra packages.
      await connection.run(
        `copy (select * from "${source.from.table}") to '${file.replaceAll("'", "''")}' (format parquet, compression snappy)`,
      );
      index[source.id] = `data/${source.from.table}.parquet`;
      bytes += (await stat(file)).size;
    }
    connection.closeSync();
    instance.closeSync();
    await writeFile(join(dataDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
    console.log(`wrote ${Object.keys(index).length} Parquet files to public/data (${bytes} bytes)`);

    const session = await EngineSession.open({ database });
    const ids: string[] = [];
    try {
      for (const id of model.scorecards.keys()) {
        const snapshot = await runScorecard(session, model, id, { now: () => BUILT_AT });
        const out = join(app, 'public/snapshots', `${id}.json`);
        ids.push(id);
        await writeFile(out, `${JSON.stringify(snapshot, null, 2)}\n`);
        console.log(`wrote ${relative(app, out)} (${snapshot.kpis.length} KPIs, ${snapshot.period.key})`);
      }
      await writeFile(join(app, 'public/snapshots/index.json'), `${JSON.stringify(ids)}\n`);
    } finally {
      session.close();
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

await main();
