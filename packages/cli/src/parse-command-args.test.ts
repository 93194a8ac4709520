import { describe, expect, it } from 'vitest';
import { defineCommand } from './command-spec.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { parseCommandArgs, peekLanguageFlag } from './parse-command-args.js';

const compile = defineCommand({
  name: 'compile',
  summary: { en: 'Show SQL', sv: 'Visa SQL' },
  usage: 'kpi compile <kpi-id> [--grain <grain>]',
  options: {
    grain: {
      type: 'string',
      choices: ['day', 'week', 'month'],
      default: 'month',
      description: { en: 'g', sv: 'g' },
    },
    tag: { type: 'string', multiple: true, description: { en: 't', sv: 't' } },
    strict: { type: 'boolean', description: { en: 's', sv: 's' } },
  },
  positionals: [{ name: 'kpi-id', required: true, description: { en: 'KPI', sv: 'KPI' } }],
  async run() {
    return ExitCode.Clean;
  },
});

const parse = (argv: string[], lang: 'en' | 'sv' = 'en') =>
  parseCommandArgs(
    { command: 'kpi compile', options: compile.options, positionals: compile.positionals },
    argv,
    lang,
  );

function usageMessage(argv: string[], lang: 'en' | 'sv' = 'en'): string {
  try {
    parse(argv, lang);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parseCommandArgs', () => {
  it('reads options in both --name value and --name=value forms and fills in defaults', () => {
    const args = parse(['itsm.mttr', '--tag', 'a', '--tag=b', '--strict']);
    expect(args.values.grain).toBe('month');
    expect(args.values.tag).toEqual(['a', 'b']);
    expect(args.values.strict).toBe(true);
    expect(args.positionals).toEqual(['itsm.mttr']);
  });

  it('takes the global options with every command', () => {
    const args = parse(['x', '--lang', 'sv', '--no-color', '-h']);
    expect(args.values.lang).toBe('sv');
    expect(args.values['no-color']).toBe(true);
    expect(args.values.help).toBe(true);
  });

  it('names an unknown option and suggests the nearest one', () => {
    expect(usageMessage(['x', '--grian', 'day'])).toBe('Unknown option --grian. Did you mean --grain?');
    expect(usageMessage(['x', '--zzzzzz'])).toBe('Unknown option --zzzzzz.');
  });

  it('rejects a value outside the choices and suggests the nearest', () => {
    expect(usageMessage(['x', '--grain', 'mnth'])).toBe(
      '"mnth" is not a value for --grain: use one of day, week, month. Did you mean --grain month?',
    );
  });

  it('refuses an option without its value instead of swallowing the next option', () => {
    expect(usageMessage(['x', '--grain'])).toBe('Option --grain needs a value, as in --grain <day>.');
    expect(usageMessage(['x', '--grain', '--strict'])).toBe(
      'Option --grain needs a value, as in --grain <day>.',
    );
  });

  it('refuses a value given to a yes/no option', () => {
    expect(usageMessage(['x', '--strict=yes'])).toBe('Option --strict takes no value; write just --strict.');
  });

  it('counts positionals: missing and extra ones are usage errors, except with --help', () => {
    expect(usageMessage([])).toBe('Missing <kpi-id>.');
    expect(usageMessage(['a', 'b'])).toBe('Unexpected argument "b".');
    expect(parse(['--help']).values.help).toBe(true);
  });

  it('writes its messages in Swedish when asked', () => {
    expect(usageMessage(['x', '--grian', 'day'], 'sv')).toBe('Okänd flagga --grian. Menade du --grain?');
  });

  it('tags the error with the command, for the pointer to its help', () => {
    expect(() => parse(['x', '--nope'])).toThrow(expect.objectContaining({ command: 'kpi compile' }));
  });
});

describe('peekLanguageFlag', () => {
  it('finds --lang in either form before the full parse, and ignores invalid values', () => {
    expect(peekLanguageFlag(['validate', '--lang', 'sv'])).toBe('sv');
    expect(peekLanguageFlag(['--lang=en', 'validate'])).toBe('en');
    expect(peekLanguageFlag(['--lang', 'de'])).toBeUndefined();
    expect(peekLanguageFlag(['--', '--lang', 'sv'])).toBeUndefined();
  });
});
