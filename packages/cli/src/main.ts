import { suggestName } from '@nyckeltal/spec';
import type { CliIo } from './cli-io.js';
import type { CommandContext, CommandSpec } from './command-spec.js';
import { commands } from './commands/index.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { renderCommandHelp, renderTopHelp, versionOption } from './help.js';
import { globalOptions, parseCommandArgs, peekLanguageFlag } from './parse-command-args.js';
import { createColors, shouldUseColor } from './ui/color.js';
import { type Lang, pickLanguage, translate } from './ui/messages.js';
import { createProgress } from './ui/progress.js';
import { cliVersion } from './version.js';

/**
 * Runs the `kpi` command line and returns the exit code; never throws and never exits
 * the process. Usage mistakes print one line and a pointer to --help (exit 2); a bug
 * prints a short "internal error" line (exit 70), the stack only with NYCKELTAL_DEBUG=1.
 *
 * @example
 * const code = await main(['validate', '--project', 'kpis', '--format', 'json'], io);
 * // `registry` defaults to every command; tests pass their own to exercise the framework.
 */
export async function main(
  argv: readonly string[],
  io: CliIo,
  registry: readonly CommandSpec[] = commands,
): Promise<number> {
  const lang = pickLanguage(peekLanguageFlag(argv), io.env);
  try {
    return await dispatch(argv, io, lang, registry);
  } catch (error) {
    if (error instanceof UsageError) {
      const where = error.command ?? 'kpi';
      io.stderr(`${where}: ${error.message}\n${translate(lang, 'usage.seeHelp', { command: where })}\n`);
      return ExitCode.Usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${translate(lang, 'internal.error', { message: firstLine(message) })}\n`);
    const debug = io.env.NYCKELTAL_DEBUG;
    if (debug && debug !== '0' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr(`${translate(lang, 'internal.debug')}\n`);
    return ExitCode.Internal;
  }
}

async function dispatch(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
  registry: readonly CommandSpec[],
): Promise<number> {
  const at = commandIndex(argv);
  if (at === -1) return topLevel(argv, io, lang, registry);
  const name = argv[at]!;
  const command = registry.find((c) => c.name === name);
  if (!command) {
    const suggestion = suggestName(
      name,
      registry.map((c) => c.name),
    );
    throw new UsageError(
      translate(lang, 'usage.unknownCommand', { name }) +
        (suggestion ? translate(lang, 'usage.didYouMean', { name: `kpi ${suggestion}` }) : ''),
    );
  }
  // Global options may come before the command name (`kpi --lang sv validate`).
  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  const args = parseCommandArgs(
    { command: `kpi ${name}`, options: command.options, positionals: command.positionals },
    rest,
    lang,
  );
  const colors = createColors(
    shouldUseColor({ isTTY: io.stdoutIsTTY, env: io.env, noColorFlag: args.values['no-color'] === true }),
  );
  if (args.values.help) {
    io.stdout(renderCommandHelp(command, lang, colors));
    return ExitCode.Clean;
  }
  try {
    return await command.run(args, createContext(io, lang, colors));
  } catch (error) {
    // A usage mistake found while running (a missing project folder) points to this command's help,
    // named as the user types it: `kpi run`, also when the command threw it as plain `run`.
    if (error instanceof UsageError && !error.command?.startsWith('kpi'))
      throw new UsageError(error.message, `kpi ${name}`);
    throw error;
  }
}

function topLevel(argv: readonly string[], io: CliIo, lang: Lang, registry: readonly CommandSpec[]): number {
  const args = parseCommandArgs({ command: 'kpi', options: { version: versionOption } }, argv, lang);
  const colors = createColors(
    shouldUseColor({ isTTY: io.stdoutIsTTY, env: io.env, noColorFlag: args.values['no-color'] === true }),
  );
  if (args.values.version) {
    io.stdout(`${cliVersion()}\n`);
    return ExitCode.Clean;
  }
  if (args.values.help) {
    io.stdout(renderTopHelp(registry, lang, colors));
    return ExitCode.Clean;
  }
  io.stderr(
    `kpi: ${translate(lang, 'usage.noCommand')}\n\n${renderTopHelp(registry, lang, createColors(false))}`,
  );
  return ExitCode.Usage;
}

/** Where the command name is: the first argument that is neither an option nor an option's value. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return -1;
    if (!arg.startsWith('-')) return i;
    const spec = globalOptions[arg.slice(2) as keyof typeof globalOptions];
    if (spec?.type === 'string') i++;
  }
  return -1;
}

function createContext(io: CliIo, lang: Lang, colors: CommandContext['colors']): CommandContext {
  return {
    io,
    lang,
    colors,
    t: (key, params) => translate(lang, key, params),
    progress: (label, total) =>
      createProgress({ write: io.stderr, isTTY: io.stderrIsTTY, label, total, columns: io.columns }),
  };
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
