import { parseArgs } from 'node:util';
import { suggestName } from '@nyckeltal/spec';
import type { OptionSpec, OptionSpecs, ParsedArgs, PositionalSpec } from './command-spec.js';
import { UsageError } from './exit-codes.js';
import { type Lang, languages, translate } from './ui/messages.js';

/** Options every command takes, added to its own in parsing and help. */
export const globalOptions = {
  help: { type: 'boolean', short: 'h', description: { en: 'Show this help', sv: 'Visa den här hjälpen' } },
  lang: {
    type: 'string',
    valueName: 'en|sv',
    choices: languages,
    description: { en: 'Language of the output: en or sv', sv: 'Utskriftens språk: en eller sv' },
  },
  'no-color': { type: 'boolean', description: { en: 'Print without colours', sv: 'Skriv ut utan färger' } },
} as const satisfies OptionSpecs;

interface ParseTarget {
  /** The command's name for messages ("kpi validate"), or "kpi" at the top level. */
  readonly command: string;
  readonly options: OptionSpecs;
  readonly positionals?: readonly PositionalSpec[];
}

/**
 * Parses a command's arguments with node:util parseArgs, but reports every mistake as a
 * {@link UsageError} in the user's language, with a did-you-mean for unknown options and
 * invalid choices. Defaults are filled in; `--help` skips the positional count check.
 *
 * @example
 * parseCommandArgs({ command: 'kpi validate', options: validate.options }, ['--format', 'json'], 'en');
 * // { values: { format: 'json', strict: false, ... }, positionals: [] }
 */
export function parseCommandArgs<O extends OptionSpecs>(
  target: ParseTarget & { readonly options: O },
  argv: readonly string[],
  lang: Lang,
): ParsedArgs<O & typeof globalOptions> {
  const options: OptionSpecs = { ...globalOptions, ...target.options };
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const fail = (message: string): never => {
    throw new UsageError(message, target.command);
  };
  // strict: false and tokens: we check each token ourselves, for messages a user can act on.
  const { tokens } = parseArgs({
    args: [...argv],
    options: toParseArgsConfig(options),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | (string | boolean)[]> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) {
      const suggestion = suggestName(token.name, Object.keys(options));
      fail(
        t('usage.unknownOption', { name: token.rawName }) +
          (suggestion ? t('usage.didYouMean', { name: `--${suggestion}` }) : ''),
      );
    }
    const value = readValue(token, spec!, t, fail);
    if (spec!.multiple) {
      const list = values[token.name];
      values[token.name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      values[token.name] = value;
    }
  }
  for (const [name, spec] of Object.entries(options)) {
    if (values[name] === undefined && spec.default !== undefined) values[name] = spec.default;
  }
  if (values.help !== true) checkPositionals(target.positionals ?? [], positionals, t, fail);
  return { values, positionals } as unknown as ParsedArgs<O & typeof globalOptions>;
}

type Translate = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => string;

function readValue(
  token: { name: string; rawName: string; value?: string | undefined; inlineValue?: boolean | undefined },
  spec: OptionSpec,
  t: Translate,
  fail: (message: string) => never,
): string | boolean {
  const name = `--${token.name}`;
  if (spec.type === 'boolean') {
    if (token.value !== undefined) fail(t('usage.unexpectedValue', { name }));
    return true;
  }
  // "--format --strict" would take "--strict" as the value; a value starting with "-" must use "=".
  // A negative number ("--history -1") is a value, for the option's own check to refuse clearly.
  const value = token.value;
  if (value === undefined || (!token.inlineValue && value.startsWith('-') && !/^-[\d.]/.test(value))) {
    return fail(
      t('usage.missingValue', { name, value: `<${spec.valueName ?? spec.choices?.[0] ?? 'value'}>` }),
    );
  }
  if (spec.choices && !spec.choices.includes(value)) {
    const suggestion = suggestName(value, spec.choices);
    fail(
      t('usage.invalidChoice', { name, value, choices: spec.choices.join(', ') }) +
        (suggestion ? t('usage.didYouMean', { name: `${name} ${suggestion}` }) : ''),
    );
  }
  return value;
}

function checkPositionals(
  specs: readonly PositionalSpec[],
  given: readonly string[],
  t: Translate,
  fail: (message: string) => never,
): void {
  const takesRest = specs.at(-1)?.multiple === true;
  if (!takesRest && given.length > specs.length)
    fail(t('usage.unexpectedArgument', { value: given[specs.length]! }));
  const missing = specs.find((s, i) => s.required && given[i] === undefined);
  if (missing) fail(t('usage.missingArgument', { name: `<${missing.name}>` }));
}

function toParseArgsConfig(options: OptionSpecs) {
  return Object.fromEntries(
    Object.entries(options).map(([name, spec]) => {
      const multiple = spec.multiple === true;
      return [
        name,
        spec.short ? { type: spec.type, short: spec.short, multiple } : { type: spec.type, multiple },
      ];
    }),
  );
}

/**
 * Finds `--lang` before full parsing, so that the parse errors themselves come out in
 * the right language. Invalid or missing values are left for the real parse to report.
 *
 * @example
 * peekLanguageFlag(['validate', '--lang', 'sv']); // 'sv'
 */
export function peekLanguageFlag(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value && (languages as readonly string[]).includes(value)) return value as Lang;
  }
  return undefined;
}
