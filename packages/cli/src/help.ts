import type { CommandSpec, OptionSpec, OptionSpecs } from './command-spec.js';
import { globalOptions } from './parse-command-args.js';
import type { Colors } from './ui/color.js';
import { type Lang, translate } from './ui/messages.js';
import { formatTable } from './ui/table.js';
import { padText, textWidth } from './ui/text-width.js';

/** `--version`'s description, here because only the top level takes it. */
export const versionOption = {
  type: 'boolean',
  short: 'v',
  description: { en: 'Show the version', sv: 'Visa versionen' },
} as const satisfies OptionSpec;

/**
 * The help of one command, made from its spec: summary, usage line, positionals, its
 * options and the global ones, each with description, choices and default.
 *
 * @example
 * io.stdout(renderCommandHelp(validate, 'en', createColors(false)));
 */
export function renderCommandHelp(spec: CommandSpec, lang: Lang, colors: Colors): string {
  const out = [
    `kpi ${spec.name} — ${spec.summary[lang]}`,
    '',
    `${colors.bold(translate(lang, 'help.usage'))}: ${spec.usage}`,
  ];
  if (spec.positionals && spec.positionals.length > 0) {
    out.push('', formatTable(spec.positionals.map((p) => [`  <${p.name}>`, p.description[lang]])).trimEnd());
  }
  // One first-column width for both tables, so the descriptions line up across them.
  const width = synopsisWidth({ ...spec.options, ...globalOptions });
  if (Object.keys(spec.options).length > 0) {
    out.push('', colors.bold(`${translate(lang, 'help.options')}:`), optionTable(spec.options, lang, width));
  }
  out.push(
    '',
    colors.bold(`${translate(lang, 'help.global')}:`),
    optionTable(globalOptions, lang, width),
    '',
  );
  return out.join('\n');
}

/**
 * The top-level help: what kpi is, the commands with their summaries, and global options.
 *
 * @example
 * io.stdout(renderTopHelp(commands, 'sv', createColors(false)));
 */
export function renderTopHelp(commands: readonly CommandSpec[], lang: Lang, colors: Colors): string {
  const list = formatTable(commands.map((c) => [`  ${c.name}`, c.summary[lang]])).trimEnd();
  return [
    translate(lang, 'help.tagline'),
    '',
    `${colors.bold(translate(lang, 'help.usage'))}: ${translate(lang, 'help.usageLine')}`,
    '',
    colors.bold(`${translate(lang, 'help.commands')}:`),
    list,
    '',
    colors.bold(`${translate(lang, 'help.global')}:`),
    optionTable(
      { ...globalOptions, version: versionOption },
      lang,
      synopsisWidth({ ...globalOptions, version: versionOption }),
    ),
    '',
    translate(lang, 'help.more'),
    '',
  ].join('\n');
}

function optionTable(options: OptionSpecs, lang: Lang, width: number): string {
  const rows = Object.entries(options).map(([name, spec]) => [
    padText(`  ${optionSynopsis(name, spec)}`, width),
    describe(spec, lang),
  ]);
  return formatTable(rows).trimEnd();
}

function synopsisWidth(options: OptionSpecs): number {
  return Math.max(
    ...Object.entries(options).map(([name, spec]) => textWidth(`  ${optionSynopsis(name, spec)}`)),
  );
}

function optionSynopsis(name: string, spec: OptionSpec): string {
  const flag = spec.short ? `-${spec.short}, --${name}` : `    --${name}`;
  if (spec.type === 'boolean') return flag;
  const placeholder = spec.valueName ?? (spec.choices ? spec.choices.join('|') : 'value');
  return `${flag} <${placeholder}>`;
}

function describe(spec: OptionSpec, lang: Lang): string {
  const text = spec.description[lang];
  if (spec.default === undefined || spec.default === false) return text;
  return `${text} (${translate(lang, 'help.default')}: ${String(spec.default)})`;
}
