/**
 * Every exit code the `kpi` command uses, in one place (DESIGN.md §5). Commands return
 * one of these from `run`; nothing else calls `process.exit`.
 *
 * @example
 * return issues.length > 0 ? ExitCode.IssuesFound : ExitCode.Clean;
 */
export const ExitCode = {
  /** The command did its job and found nothing wrong. */
  Clean: 0,
  /** The command ran and found issues (errors, or warnings under --strict). */
  IssuesFound: 1,
  /** The command line itself was wrong: unknown command or option, bad value, missing project. */
  Usage: 2,
  /** A bug in Nyckeltal (an exception reached the top); sysexits' EX_SOFTWARE. */
  Internal: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A mistake on the command line. Thrown by argument parsing and commands, caught by
 * `main`, printed as one line plus a pointer to `--help`, and turned into exit code 2.
 *
 * @example
 * throw new UsageError('No KPI project in "kpis".', 'validate');
 */
export class UsageError extends Error {
  /** The command whose help the message points to; undefined for the top level. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
