/**
 * Everything the CLI touches of its process, passed in so that tests can run `main`
 * in-process with captured output, a chosen environment and a fake terminal.
 *
 * @example
 * const out: string[] = [];
 * const io: CliIo = { stdout: (s) => out.push(s), stderr: () => {}, stdoutIsTTY: false,
 *   stderrIsTTY: false, env: {}, cwd: '/repo' };
 */
export interface CliIo {
  /** Writes text to standard output as is (callers add their own newlines). */
  stdout(text: string): void;
  /** Writes text to standard error as is. */
  stderr(text: string): void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Width of the terminal on stderr, when it is one; used by the progress bar. */
  readonly columns?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Absolute current folder. */
  readonly cwd: string;
}

/**
 * The real process as a {@link CliIo}.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), nodeIo());
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
    env: process.env,
    cwd: process.cwd(),
  };
}
