import type { CliIo } from '../src/cli-io.js';
import type { CommandSpec } from '../src/command-spec.js';
import { main } from '../src/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

/**
 * Runs `kpi <argv>` in-process with captured output: not a TTY, no colour variables and
 * an English locale unless the test says otherwise.
 *
 * @example
 * const { code, stdout } = await runCli(['validate', '--format', 'json'], { cwd: fixture('clean') });
 */
export async function runCli(
  argv: string[],
  options: RunOptions = {},
  registry?: readonly CommandSpec[],
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: 80,
    env: { LANG: 'en_US.UTF-8', ...options.env },
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(argv, io, registry);
  return { code, stdout, stderr };
}
