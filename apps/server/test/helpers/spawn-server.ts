import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export interface SpawnedServer {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything written to standard error so far. */
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Promise<number | string>;
}

/**
 * Runs a TypeScript entry (apps/server/src/main.ts, the kpi CLI) as a real process through
 * tsx, and resolves once it prints the address it serves (`… at http://…`).
 *
 * @example
 * const server = await spawnServer(['apps/server/src/main.ts', '--project', dir, '--port', '0']);
 * server.child.kill('SIGTERM');
 */
export function spawnServer(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no address printed in 20 s; stderr:\n${err}`));
    }, 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
      const url = / at (http:\/\/[\d.:[\]]+)/.exec(err)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, stderr: () => err, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before serving; stderr:\n${err}`));
    });
  });
}
