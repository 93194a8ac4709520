import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ProjectModel, Snapshot, SnapshotIssue } from '@nyckeltal/spec';
import { EngineSession } from './engine-session.js';
import { type RunOptions, runScorecard } from './run-kpis.js';

export interface BuildOptions extends Pick<RunOptions, 'now' | 'plan'> {
  /** Where the snapshots go; default the project's `out` setting. */
  readonly outDir?: string;
  /** A session to reuse; by default one is opened on the project's database and closed after. */
  readonly session?: EngineSession;
  /** Called after each scorecard, for progress bars. */
  readonly onProgress?: (done: number, total: number, scorecard: string) => void;
}

export interface BuildResult {
  readonly kind: 'build-result';
  /** False when any scorecard has an error; nothing was written then. */
  readonly ok: boolean;
  readonly outDir: string;
  /** Files written, relative to outDir (empty when not ok). */
  readonly files: readonly string[];
  /** Every scorecard's issues, each tagged with its scorecard. */
  readonly issues: readonly (SnapshotIssue & { readonly scorecard: string })[];
}

/** The index.json written beside the snapshots. */
export interface SnapshotIndex {
  readonly schema: 'nyckeltal.snapshot-index/v1';
  readonly built_at: string;
  readonly scorecards: readonly {
    readonly id: string;
    readonly title: Snapshot['scorecard']['title'];
    readonly audience?: string;
    readonly grain: Snapshot['grain'];
    readonly period: Snapshot['period'];
    readonly file: string;
    /** Audiences allowed to see it, for servers that filter (the file itself is not protected). */
    readonly audiences?: readonly string[];
  }[];
}

/**
 * Computes every scorecard and writes one `<scorecard-id>.json` per scorecard plus
 * `index.json` into `outDir`, all or nothing: the files are written to a fresh folder
 * beside `outDir`, then swapped in with two renames (old set aside, new set in place),
 * and the old set removed. If any scorecard has an error issue, or anything throws,
 * the previous set stays exactly as it was and the temporary folder is removed. Between
 * the two renames `outDir` briefly does not exist; it never holds a mixed set.
 *
 * @example
 * const result = await buildSnapshots(project, { outDir: 'public/snapshots' });
 * result.ok; // true
 * result.files; // ['index.json', 'service-desk.json']
 */
export async function buildSnapshots(
  project: ProjectModel,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const outDir = options.outDir ?? project.settings.out;
  const session = options.session ?? (await EngineSession.open(sessionOptions(project)));
  const now = options.now ?? (() => new Date());
  const ids = [...project.scorecards.keys()].sort();
  const snapshots: Snapshot[] = [];
  const issues: (SnapshotIssue & { scorecard: string })[] = [];
  try {
    for (const [i, id] of ids.entries()) {
      const snapshot = await runScorecard(session, project, id, { now, plan: options.plan });
      snapshots.push(snapshot);
      issues.push(...snapshot.issues.map((issue) => ({ ...issue, scorecard: id })));
      options.onProgress?.(i + 1, ids.length, id);
    }
  } finally {
    if (!options.session) session.close();
  }
  if (issues.some((i) => i.severity === 'error'))
    return { kind: 'build-result', ok: false, outDir, files: [], issues };

  const index: SnapshotIndex = {
    schema: 'nyckeltal.snapshot-index/v1',
    built_at: now().toISOString(),
    scorecards: snapshots.map((s) => {
      const audiences = project.scorecards.get(s.scorecard.id)?.private?.audiences;
      return {
        id: s.scorecard.id,
        title: s.scorecard.title,
        ...(s.scorecard.audience !== undefined && { audience: s.scorecard.audience }),
        grain: s.grain,
        period: s.period,
        file: `${s.scorecard.id}.json`,
        ...(audiences && { audiences }),
      };
    }),
  };
  const files = [
    ...snapshots.map((s) => ({ name: `${s.scorecard.id}.json`, body: s as unknown })),
    { name: 'index.json', body: index as unknown },
  ];
  await writeAtomically(outDir, files);
  return { kind: 'build-result', ok: true, outDir, files: files.map((f) => f.name).sort(), issues };
}

function sessionOptions(project: ProjectModel) {
  return project.settings.database && existsSync(project.settings.database)
    ? { database: project.settings.database }
    : {};
}

async function writeAtomically(
  outDir: string,
  files: readonly { name: string; body: unknown }[],
): Promise<void> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${basename(outDir)}.building-`));
  try {
    // mkdtemp makes the folder owner-only; snapshots are served by web servers running as others.
    await chmod(temp, 0o755);
    for (const file of files)
      await writeFile(join(temp, file.name), `${JSON.stringify(file.body, null, 2)}\n`);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  const old = join(parent, `.${basename(outDir)}.old-${randomBytes(4).toString('hex')}`);
  const hadOld = existsSync(outDir);
  if (hadOld) await rename(outDir, old);
  try {
    await rename(temp, outDir);
  } catch (error) {
    if (hadOld) await rename(old, outDir);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
