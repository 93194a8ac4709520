/**
 * Makes the playground's data: a small seeded demo data set (2,000 tickets from the
 * demo generator) written as Parquet to public/data/, and a snapshot of every scorecard
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
    if (entry.isDirectory() && entry.name !== 'data' && entry.name !== 'build') out.push(...(await yamlFiles(path)));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

async function main(): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), 'nyckeltal-playground-'));
  try {
    const database = join(temp, 'demo.duckdb');
    const stats = await generateDemoData({ file: database, tickets: TICKETS, seed: 42 });
    console.log(`generated ${stats.rows.tickets} tickets, ${stats.start} … ${stats.end}`);

    const parquet = join(app, 'public/data/tickets.parquet');
    await mkdir(dirname(parquet), { recursive: true });
    const instance = await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    // Snappy is the codec hyparquet decodes without extra packages.
    await connection.run(
      `copy (select * from tickets order by opened_at, id) to '${parquet.replaceAll("'", "''")}' (format parquet, compression snappy)`,
    );
    connection.closeSync();
    instance.closeSync();
    console.log(`wrote ${relative(app, parquet)} (${(await stat(parquet)).size} bytes)`);

    const files = await Promise.all(
      (await yamlFiles(project)).map(async (path) => ({
        path: relative(project, path).split('\\').join('/'),
        text: await readFile(path, 'utf8'),
      })),
    );
    const { model, issues } = validateProject({ root: project, files });
    if (!model) throw new Error(`kpis/ does not validate: ${issues.map((i) => i.message).join('; ')}`);
    const session = await EngineSession.open({ database });
    try {
      for (const id of model.scorecards.keys()) {
        const snapshot = await runScorecard(session, model, id, { now: () => BUILT_AT });
        const out = join(app, 'public/snapshots', `${id}.json`);
        await writeFile(out, `${JSON.stringify(snapshot, null, 2)}\n`);
        console.log(`wrote ${relative(app, out)} (${snapshot.kpis.length} KPIs, ${snapshot.period.key})`);
      }
    } finally {
      session.close();
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

await main();
