import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  type KpiModel,
  type ProjectModel,
  SNAPSHOT_SCHEMA,
  type Snapshot,
  type SnapshotKpi,
} from '@nyckeltal/spec';
import { runGit } from '../diff/git-files.js';
import { sqlText } from '../diff/sql-diff.js';

/** One commit that touched a KPI file: when, why, and the version the file had then. */
export interface HistoryEntry {
  readonly commit: string;
  readonly date: string;
  readonly subject: string;
  readonly version: number | undefined;
}

/** Everything a KPI page shows besides the model itself. */
export interface KpiPageData {
  readonly kpi: KpiModel;
  /** KPIs that list this one under `supports`. */
  readonly supportedBy: readonly string[];
  /** Scorecards that list it. */
  readonly scorecards: readonly string[];
  /** The SQL `kpi compile` prints (monthly), undefined when it cannot be compiled. */
  readonly sql: string | undefined;
  readonly history: readonly HistoryEntry[];
  /** A snapshot holding only this KPI, from the build folder, when one exists. */
  readonly snapshot: Snapshot | undefined;
  /** The file relative to the repository (or project) root, for the "source" link text. */
  readonly file: string;
}

export interface SiteData {
  readonly project: ProjectModel;
  readonly pages: readonly KpiPageData[];
}

/**
 * Gathers what the catalog site shows: per KPI its SQL, the KPIs it supports and that
 * support it, its scorecards, its change history from git (empty outside a repository)
 * and its latest snapshot from the build folder.
 *
 * @example
 * const data = await collectSiteData(model);
 * data.pages[0].history[0]; // { commit: '3f2a…', date: '2026-03-01', subject: 'MTTR counts incidents only', version: 2 }
 */
export async function collectSiteData(project: ProjectModel): Promise<SiteData> {
  const repo = (await runGit(['rev-parse', '--show-toplevel'], project.root).catch(() => undefined))
    ?.toString('utf8')
    .trim();
  const snapshots = await readSnapshots(project.settings.out);
  const kpis = [...project.kpis.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const pages: KpiPageData[] = [];
  for (const kpi of kpis) {
    const absolute = join(project.root, ...kpi.origin.file.split('/'));
    const file = repo ? relative(repo, absolute).split(sep).join('/') : kpi.origin.file;
    pages.push({
      kpi,
      supportedBy: kpis.filter((k) => k.supports.includes(kpi.id)).map((k) => k.id),
      scorecards: [...project.scorecards.values()].filter((s) => s.kpis.includes(kpi.id)).map((s) => s.id),
      sql: sqlText(project, kpi.id, 'month'),
      history: repo ? await fileHistory(repo, file) : [],
      snapshot: snapshotFor(snapshots, kpi.id),
      file,
    });
  }
  return { project, pages };
}

/**
 * The commits that changed a file, newest first, each with the `version:` the file had.
 *
 * @example
 * await fileHistory('/repo', 'kpis/itsm/mttr.yaml'); // [{ commit, date: '2026-03-01', subject, version: 2 }, …]
 */
export async function fileHistory(repo: string, file: string): Promise<HistoryEntry[]> {
  const log = await runGit(['log', '--follow', '--format=%H%x09%as%x09%s', '--', file], repo).catch(
    () => undefined,
  );
  if (!log) return [];
  const entries: HistoryEntry[] = [];
  for (const line of log.toString('utf8').split('\n')) {
    const [commit, date, ...subject] = line.split('\t');
    if (!commit || !date) continue;
    entries.push({ commit, date, subject: subject.join('\t'), version: await versionAt(repo, commit, file) });
  }
  return entries;
}

async function versionAt(repo: string, commit: string, file: string): Promise<number | undefined> {
  // --follow may list commits from before a rename; then the file is not at this path there.
  const text = await runGit(['show', `${commit}:${file}`], repo).catch(() => undefined);
  const match = text ? /^version:\s*(\d+)\s*(#.*)?$/m.exec(text.toString('utf8')) : null;
  return match ? Number(match[1]) : undefined;
}

async function readSnapshots(dir: string): Promise<Snapshot[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: Snapshot[] = [];
  for (const name of names.filter((n) => n.endsWith('.json') && n !== 'index.json').sort()) {
    try {
      const doc = JSON.parse(await readFile(join(dir, name), 'utf8')) as Partial<Snapshot>;
      if (doc.schema === SNAPSHOT_SCHEMA && Array.isArray(doc.kpis)) out.push(doc as Snapshot);
    } catch {
      // A file that is not a snapshot (or half written by hand) is simply not used.
    }
  }
  return out;
}

function snapshotFor(snapshots: readonly Snapshot[], id: string): Snapshot | undefined {
  for (const snapshot of snapshots) {
    const kpi: SnapshotKpi | undefined = snapshot.kpis.find((k) => k.id === id);
    if (kpi) return { ...snapshot, kpis: [kpi] };
  }
  return undefined;
}
