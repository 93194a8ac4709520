import { type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface WatchProjectOptions {
  /** The build output folder relative to the root (posix); neither watched nor scanned. */
  readonly ignored: () => string;
  /** Absolute files outside the YAML (the data files) whose changes count too. */
  readonly extraFiles?: () => readonly string[];
  /** Quiet time after the last file-system event before the folder is scanned; default 120 ms. */
  readonly debounceMs?: number;
  /** A scan at this interval whatever the events say (0: never); default 1000 ms. */
  readonly pollMs?: number;
}

/**
 * Watches a project folder and calls `onChange` once per burst of changes to its YAML
 * files (or to the `extraFiles`), robustly: Node's recursive `fs.watch` on Linux loses a
 * file for good once an editor saves it by writing a temporary file and renaming it over
 * the original (`sed -i`, vim, many IDEs). Instead every folder of the project gets its
 * own non-recursive watcher (folders survive such saves), and an event only schedules a
 * debounced scan: the folders are listed again (new ones watched, removed ones dropped)
 * and each YAML file's size, modification time and inode are compared with the last scan.
 * A light poll runs the same scan every `pollMs`, for file systems whose events never
 * arrive (network mounts, some containers). Dot-folders, node_modules and the build
 * output folder are skipped, as readProjectFiles skips them.
 *
 * @example
 * const watcher = watchProject('/repo/kpis', () => server.reload(), { ignored: () => 'build/snapshots' });
 * await watcher.ready;
 * watcher.close();
 */
export function watchProject(
  root: string,
  onChange: () => void,
  options: WatchProjectOptions,
): ProjectWatcher {
  const debounceMs = options.debounceMs ?? 120;
  const pollMs = options.pollMs ?? 1000;
  const watchers = new Map<string, FSWatcher>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let last: string | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void scan(), debounceMs);
  };

  const scan = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        const found = await scanProject(root, options.ignored(), options.extraFiles?.() ?? []);
        if (stopped) return;
        syncWatchers(found.folders);
        const changed = last !== undefined && found.signature !== last;
        last = found.signature;
        if (changed) onChange();
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const syncWatchers = (folders: readonly string[]) => {
    const wanted = new Set(folders);
    for (const [folder, watcher] of watchers)
      if (!wanted.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    for (const folder of wanted) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, schedule);
        // The folder went away (a branch switch, a deleted subfolder): the scan this
        // schedules drops it, and the reload reports whatever is missing.
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(folder);
          schedule();
        });
        watchers.set(folder, watcher);
      } catch {
        // Out of inotify watches, or the folder vanished between listing and watching:
        // the poll still notices changes in it.
      }
    }
  };

  // The first scan only records the state the server has just loaded.
  const ready = scan();
  const poll = pollMs > 0 ? setInterval(() => void scan(), pollMs) : undefined;
  poll?.unref();

  return {
    ready,
    close() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(poll);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/** A running {@link watchProject}. */
export interface ProjectWatcher {
  /** Settles once the first scan has recorded the project and every folder is watched. */
  readonly ready: Promise<void>;
  /** Stops watching; no `onChange` call follows. */
  close(): void;
}

/** What a scan finds: every folder to watch, and one line per file that counts. */
export interface ProjectScan {
  readonly folders: readonly string[];
  /** `path size mtime inode` per YAML and extra file, sorted; equal signatures mean nothing changed. */
  readonly signature: string;
}

/**
 * Lists a project's folders and stats its YAML files (and the extra files), skipping
 * dot-folders, node_modules and the output folder. One readdir per folder and one stat
 * per file: a few milliseconds for hundreds of files.
 *
 * @example
 * const { folders, signature } = await scanProject('/repo/kpis', 'build/snapshots', []);
 * folders[0]; // '/repo/kpis'
 */
export async function scanProject(
  root: string,
  outFolder: string,
  extraFiles: readonly string[],
): Promise<ProjectScan> {
  const folders: string[] = [];
  const files: string[] = [...extraFiles];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
    if (!entries) return;
    folders.push(dir);
    const below: Promise<void>[] = [];
    for (const entry of entries) {
      const absolute = join(dir, entry.name);
      if (entry.isDirectory()) {
        const path = relative(root, absolute).split(sep).join('/');
        if (entry.name.startsWith('.') || entry.name === 'node_modules' || path === outFolder) continue;
        below.push(walk(absolute));
      } else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) {
        files.push(absolute);
      }
    }
    await Promise.all(below);
  };
  await walk(root);
  const lines = await Promise.all(
    files.map(async (file) => {
      const info = await stat(file).catch(() => undefined);
      return info ? `${file} ${info.size} ${info.mtimeMs} ${info.ino}` : `${file} missing`;
    }),
  );
  return { folders: folders.sort(), signature: lines.sort().join('\n') };
}
