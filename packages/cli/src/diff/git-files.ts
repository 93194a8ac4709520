import { spawn } from 'node:child_process';
import { relative, sep } from 'node:path';
import type { ProjectFileBytes } from '../project/read-project.js';

/** A failed git call: a user's situation (not a repository, unknown ref), not a bug. */
export class GitError extends Error {
  override readonly name = 'GitError';
}

/**
 * Runs git and returns its standard output as bytes; rejects with a GitError carrying
 * git's own message when it exits non-zero (or cannot be started).
 *
 * @example
 * const out = await runGit(['rev-parse', 'HEAD'], '/repo');
 */
export function runGit(args: readonly string[], cwd: string, input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new GitError(`git could not be started: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitError(Buffer.concat(err).toString('utf8').trim() || `git ${args[0]} failed`));
    });
    if (child.stdin) {
      // git may exit before reading its input (a bad ref); its exit code tells, not EPIPE.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}

async function gitText(args: readonly string[], cwd: string): Promise<string> {
  return (await runGit(args, cwd)).toString('utf8').trim();
}

/** The top folder of the git work tree holding `cwd`. */
export function gitTopLevel(cwd: string): Promise<string> {
  return gitText(['rev-parse', '--show-toplevel'], cwd).catch((error: unknown) => {
    // Any failure but a missing git means no work tree here (git's own words vary with its locale).
    if (error instanceof GitError && !error.message.startsWith('git could not be started'))
      throw new GitError(
        'the project folder is not in a git repository. kpi diff compares the project with a commit: put it under git first (git init, git add, git commit).',
      );
    throw error;
  });
}

/** Which commit the working tree is compared with, and why (for a note when it is not the merge base). */
export interface BaseRef {
  /** What the user sees: the ref given, or "merge-base(HEAD, main)" / "HEAD". */
  readonly label: string;
  /** The full commit id. */
  readonly commit: string;
  /** Set when the default could not be the merge base with main. */
  readonly note?: 'on-main' | 'no-main';
}

/**
 * Resolves `--base`: a given ref must name a commit; without one, the merge base of HEAD
 * and main, or HEAD itself when on main or when there is no main branch.
 *
 * @example
 * await resolveBase('/repo', undefined); // { label: 'main', commit: '3f2a…' } on a feature branch
 */
export async function resolveBase(cwd: string, flag: string | undefined): Promise<BaseRef> {
  if (flag !== undefined) {
    const commit = await gitText(['rev-parse', '--verify', '--quiet', `${flag}^{commit}`], cwd).catch(
      () => '',
    );
    if (!commit) throw new GitError(`"${flag}" is not a commit, branch or tag in this repository.`);
    return { label: flag, commit };
  }
  const head = await gitText(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], cwd).catch(() => '');
  if (!head)
    throw new GitError(
      'the repository has no commit yet. kpi diff compares the project with a commit: commit it first (git add, git commit).',
    );
  const main = await gitText(['rev-parse', '--verify', '--quiet', 'main^{commit}'], cwd).catch(() => '');
  if (!main) return { label: 'HEAD', commit: head, note: 'no-main' };
  const branch = await gitText(['rev-parse', '--abbrev-ref', 'HEAD'], cwd).catch(() => '');
  if (branch === 'main' || main === head) return { label: 'HEAD', commit: head, note: 'on-main' };
  return { label: 'main', commit: await gitText(['merge-base', 'HEAD', 'main'], cwd) };
}

/**
 * Reads a project's YAML files as they are in a commit, straight from the object store
 * (`git ls-tree` + one `git cat-file --batch`), with no second checkout. Paths come back
 * relative to the project folder, skipping dot-folders, node_modules and `skipFolder`
 * (the build output), like readProject does for the working tree.
 *
 * @example
 * const files = await readFilesAtCommit('/repo', 'abc123', '/repo/kpis');
 * // [{ path: 'itsm/mttr.yaml', text: Uint8Array […] }, …]
 */
export async function readFilesAtCommit(
  repoRoot: string,
  commit: string,
  projectRoot: string,
  skipFolder?: string,
): Promise<ProjectFileBytes[]> {
  const prefix = relative(repoRoot, projectRoot).split(sep).join('/');
  const listing = await runGit(
    ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix === '' ? '.' : prefix],
    repoRoot,
  );
  const wanted: { path: string; object: string }[] = [];
  for (const entry of listing.toString('utf8').split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!match) continue;
    const full = match[2]!;
    const path = prefix === '' ? full : full.slice(prefix.length + 1);
    if (!/\.ya?ml$/i.test(path) || skipped(path, skipFolder)) continue;
    wanted.push({ path, object: match[1]! });
  }
  if (wanted.length === 0) return [];
  const batch = await runGit(['cat-file', '--batch'], repoRoot, wanted.map((w) => `${w.object}\n`).join(''));
  const files: ProjectFileBytes[] = [];
  let at = 0;
  for (const { path } of wanted) {
    const headerEnd = batch.indexOf(0x0a, at);
    const header = batch.subarray(at, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) throw new Error(`Bug: unexpected git cat-file header "${header}"`);
    const start = headerEnd + 1;
    files.push({ path, text: new Uint8Array(batch.subarray(start, start + size)) });
    at = start + size + 1;
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function skipped(path: string, skipFolder: string | undefined): boolean {
  const parts = path.split('/');
  const folders = parts.slice(0, -1);
  if (folders.some((f) => f.startsWith('.') || f === 'node_modules')) return true;
  return skipFolder !== undefined && (path.startsWith(`${skipFolder}/`) || path === skipFolder);
}
