import type { CliIo } from './cli-io.js';
import type { Colors } from './ui/color.js';
import type { Lang, Localized, MessageKey } from './ui/messages.js';
import type { Progress } from './ui/progress.js';

/**
 * One option of a command: node:util parseArgs' config plus what help and validation need.
 *
 * @example
 * const format: OptionSpec = { type: 'string', valueName: 'format', choices: ['pretty', 'json'],
 *   default: 'pretty', description: { en: 'Output format', sv: 'Utskriftsformat' } };
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** One letter, as in `-h`. */
  readonly short?: string;
  /** May be given more than once; the value is then an array. */
  readonly multiple?: boolean;
  readonly default?: string | boolean;
  /** Allowed values of a string option; anything else is a usage error with a suggestion. */
  readonly choices?: readonly string[];
  /** The placeholder help shows, as in `--project <dir>`; default "value". */
  readonly valueName?: string;
  readonly description: Localized;
}

/** A positional argument, for help and for counting (e.g. `kpi compile <kpi-id>`). */
export interface PositionalSpec {
  readonly name: string;
  readonly description: Localized;
  readonly required?: boolean;
  /** Takes all remaining arguments (`<kpi-id>…`). */
  readonly multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? S extends { multiple: true }
    ? boolean[]
    : boolean
  : S extends { multiple: true }
    ? string[]
    : string;

/** Parsed arguments, typed from the command's options. Options with a default are always set. */
export interface ParsedArgs<O extends OptionSpecs> {
  readonly values: {
    readonly [K in keyof O]: O[K] extends { default: unknown } ? ValueOf<O[K]> : ValueOf<O[K]> | undefined;
  };
  readonly positionals: readonly string[];
}

/** What a command gets besides its arguments: output, language, colours and helpers. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly colors: Colors;
  /** A CLI text in the chosen language (see ui/messages.ts). */
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** A progress bar on stderr that shows only on a terminal and only for work over ~2 s. */
  progress(label: string, total?: number): Progress;
}

/**
 * A `kpi` command: a plain async function plus the data its help and parsing are made
 * from. To add a command, write `src/commands/<name>.ts` exporting one of these (use
 * {@link defineCommand} for typed `args.values`) and add it to `src/commands/index.ts`.
 * `--help`, `--lang`, `--no-color` are added to every command automatically.
 *
 * @example
 * export const owners = defineCommand({
 *   name: 'owners',
 *   summary: { en: 'List KPI owners', sv: 'Lista KPI-ägare' },
 *   usage: 'kpi owners [--check]',
 *   options: { check: { type: 'boolean', description: { en: 'Fail on a KPI without owner', sv: 'Fel om ägare saknas' } } },
 *   async run(args, ctx) { ctx.io.stdout(args.values.check ? 'checking\n' : 'listing\n'); return ExitCode.Clean; },
 * });
 */
export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  readonly summary: Localized;
  /** The synopsis line help prints, e.g. "kpi validate [--project <dir>] [--strict]". */
  readonly usage: string;
  readonly options: O;
  /** Positional arguments; none when omitted (any given is a usage error). */
  readonly positionals?: readonly PositionalSpec[];
  /** Returns an exit code from ExitCode; throws UsageError for command-line mistakes. */
  run(args: ParsedArgs<O>, ctx: CommandContext): Promise<number>;
}

/**
 * Identity function that infers the option types, so `args.values.format` is typed.
 *
 * @example
 * export const validate = defineCommand({ name: 'validate', ... });
 */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}
