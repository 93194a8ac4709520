import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A throwaway git repository for `kpi diff`, `kpi owners` and `kpi docs` tests. Commits
 * use a fixed author and date, so commit ids (and golden files that show them) are the
 * same on every run.
 *
 * @example
 * const repo = createRepo(deskProject());
 * repo.commit('base');
 * repo.branch('feature');
 * repo.write({ 'kpis/itsm/mttr.yaml': '…' });
 * repo.commit('change');
 */
export interface TempRepo {
  readonly dir: string;
  write(files: Readonly<Record<string, string | null>>): void;
  commit(message: string, date?: string): string;
  branch(name: string): void;
  git(...args: string[]): string;
  remove(): void;
}

export function createRepo(files: Readonly<Record<string, string | null>>): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-diff-'));
  let tick = 0;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.org',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.org',
      },
    }).trim();
  const repo: TempRepo = {
    dir,
    git,
    write(changes) {
      for (const [path, text] of Object.entries(changes)) {
        const absolute = join(dir, path);
        if (text === null) rmSync(absolute, { force: true });
        else {
          mkdirSync(dirname(absolute), { recursive: true });
          writeFileSync(absolute, text);
        }
      }
    },
    commit(message, date) {
      tick += 1;
      const when = date ?? `2026-0${Math.min(tick, 9)}-01T12:00:00Z`;
      git('add', '-A');
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
        cwd: dir,
        env: {
          ...process.env,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_AUTHOR_NAME: 'Test',
          GIT_AUTHOR_EMAIL: 'test@example.org',
          GIT_COMMITTER_NAME: 'Test',
          GIT_COMMITTER_EMAIL: 'test@example.org',
          GIT_AUTHOR_DATE: when,
          GIT_COMMITTER_DATE: when,
        },
      });
      return git('rev-parse', 'HEAD');
    },
    branch(name) {
      git('checkout', '-q', '-b', name);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  git('init', '-q', '-b', 'main');
  repo.write(files);
  return repo;
}
