/**
 * The CLI's own texts in English and Swedish, in one table. Issue messages come from the
 * issue catalog in @nyckeltal/spec; these are the words around them: headings, help,
 * summaries, usage errors. A command adds its keys here (grouped by a `command.` prefix).
 */
export type Lang = 'en' | 'sv';
export const languages: readonly Lang[] = ['en', 'sv'];

/** A text in both languages, as commands give their summaries and option descriptions. */
export type Localized = Readonly<Record<Lang, string>>;

type Params = Readonly<Record<string, string | number>>;
type Text = string | ((p: Params) => string);

/** "1 error" / "2 errors", "1 fel" / "2 fel": the count and the right form of the noun. */
const count = (n: string | number, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

export const messages = {
  'help.usage': { en: 'Usage', sv: 'Användning' },
  'help.commands': { en: 'Commands', sv: 'Kommandon' },
  'help.options': { en: 'Options', sv: 'Flaggor' },
  'help.global': { en: 'Global options', sv: 'Allmänna flaggor' },
  'help.default': { en: 'default', sv: 'standard' },
  'help.more': {
    en: 'Run "kpi <command> --help" for the options of a command.',
    sv: 'Kör "kpi <kommando> --help" för ett kommandos flaggor.',
  },
  'help.usageLine': { en: 'kpi <command> [options]', sv: 'kpi <kommando> [flaggor]' },
  'help.tagline': {
    en: 'Nyckeltal: KPIs as code for service desks.',
    sv: 'Nyckeltal: nyckeltal som kod för servicedeskar.',
  },
  'usage.unknownCommand': {
    en: (p) => `Unknown command "${p.name}".`,
    sv: (p) => `Okänt kommando "${p.name}".`,
  },
  'usage.noCommand': { en: 'Which command? See the list below.', sv: 'Vilket kommando? Se listan nedan.' },
  'usage.unknownOption': {
    en: (p) => `Unknown option ${p.name}.`,
    sv: (p) => `Okänd flagga ${p.name}.`,
  },
  'usage.didYouMean': { en: (p) => ` Did you mean ${p.name}?`, sv: (p) => ` Menade du ${p.name}?` },
  'usage.missingValue': {
    en: (p) => `Option ${p.name} needs a value, as in ${p.name} ${p.value}.`,
    sv: (p) => `Flaggan ${p.name} behöver ett värde, som i ${p.name} ${p.value}.`,
  },
  'usage.unexpectedValue': {
    en: (p) => `Option ${p.name} takes no value; write just ${p.name}.`,
    sv: (p) => `Flaggan ${p.name} tar inget värde; skriv bara ${p.name}.`,
  },
  'usage.invalidChoice': {
    en: (p) => `"${p.value}" is not a value for ${p.name}: use one of ${p.choices}.`,
    sv: (p) => `"${p.value}" är inget värde för ${p.name}: använd ett av ${p.choices}.`,
  },
  'usage.unexpectedArgument': {
    en: (p) => `Unexpected argument "${p.value}".`,
    sv: (p) => `Oväntat argument "${p.value}".`,
  },
  'usage.missingArgument': {
    en: (p) => `Missing ${p.name}.`,
    sv: (p) => `${p.name} saknas.`,
  },
  'usage.wholeNumber': {
    en: (p) => `${p.name} takes a whole number ${p.min}–${p.max}, not "${p.value}".`,
    sv: (p) => `${p.name} tar ett heltal ${p.min}–${p.max}, inte "${p.value}".`,
  },
  'usage.portNumber': {
    en: (p) => `${p.name} takes a port number ${p.min}–${p.max}, not "${p.value}".`,
    sv: (p) => `${p.name} tar ett portnummer ${p.min}–${p.max}, inte "${p.value}".`,
  },
  'usage.seeHelp': {
    en: (p) => `Run "${p.command} --help" for usage.`,
    sv: (p) => `Kör "${p.command} --help" för hjälp.`,
  },
  'project.notFound': {
    en: (p) => `The project folder "${p.dir}" does not exist.`,
    sv: (p) => `Projektmappen "${p.dir}" finns inte.`,
  },
  'project.notAFolder': {
    en: (p) => `"${p.dir}" is a file, not a project folder.`,
    sv: (p) => `"${p.dir}" är en fil, inte en projektmapp.`,
  },
  'project.none': {
    en: 'No KPI project here: this folder has no nyckeltal.yaml and no kpis/ folder. Use --project <dir>.',
    sv: 'Inget KPI-projekt här: mappen har ingen nyckeltal.yaml och ingen kpis/-mapp. Ange --project <mapp>.',
  },
  'internal.error': {
    en: (p) => `kpi: internal error: ${p.message}`,
    sv: (p) => `kpi: internt fel: ${p.message}`,
  },
  'internal.debug': {
    en: 'This is a bug in Nyckeltal. Run with NYCKELTAL_DEBUG=1 for the stack.',
    sv: 'Det här är ett fel i Nyckeltal. Kör med NYCKELTAL_DEBUG=1 för att se stacken.',
  },
  'severity.error': { en: 'error', sv: 'fel' },
  'severity.warning': { en: 'warning', sv: 'varning' },
  'issue.hint': { en: 'hint', sv: 'tips' },
  'issue.project': { en: '(project)', sv: '(projekt)' },
  'issue.example': { en: 'e.g.', sv: 't.ex.' },
  // The widgets' words (packages/widgets/src/format/messages.ts) in Swedish; English keeps
  // the snapshot's own values, which CSV and JSON print too.
  'status.green': { en: 'green', sv: 'I mål' },
  'status.amber': { en: 'amber', sv: 'Risk' },
  'status.red': { en: 'red', sv: 'Ej i mål' },
  'status.insufficient': { en: 'insufficient', sv: 'För lite data' },
  'status.no-target': { en: 'no-target', sv: 'Inget mål' },
  'grain.day': { en: 'day', sv: 'dag' },
  'grain.week': { en: 'week', sv: 'vecka' },
  'grain.month': { en: 'month', sv: 'månad' },
  'grain.quarter': { en: 'quarter', sv: 'kvartal' },
  'grain.year': { en: 'year', sv: 'år' },
  'summary.clean': {
    en: (p) => `No issues in ${count(p.files ?? 0, 'file', 'files')}.`,
    sv: (p) => `Inga problem i ${count(p.files ?? 0, 'fil', 'filer')}.`,
  },
  'summary.issues': {
    en: (p) =>
      `${count(p.errors ?? 0, 'error', 'errors')}, ${count(p.warnings ?? 0, 'warning', 'warnings')} in ${count(p.files ?? 0, 'file', 'files')}.`,
    sv: (p) =>
      `${count(p.errors ?? 0, 'fel', 'fel')}, ${count(p.warnings ?? 0, 'varning', 'varningar')} i ${count(p.files ?? 0, 'fil', 'filer')}.`,
  },
  'validate.strictNote': {
    en: '(--strict: warnings count as errors)',
    sv: '(--strict: varningar räknas som fel)',
  },
  'diff.none': {
    en: (p) => `No definitions changed since ${p.base}.`,
    sv: (p) => `Inga definitioner har ändrats sedan ${p.base}.`,
  },
  'diff.summary': {
    en: (p) =>
      `${count(p.changed ?? 0, 'definition', 'definitions')} changed (${p.breaking} breaking), ${p.added} added, ${p.removed} removed since ${p.base}`,
    sv: (p) =>
      `${count(p.changed ?? 0, 'definition', 'definitioner')} ${Number(p.changed) === 1 ? 'ändrad' : 'ändrade'} (${p.breaking} brytande), ${p.added} tillagda, ${p.removed} borttagna sedan ${p.base}`,
  },
  'diff.errors': {
    en: (p) => count(p.n ?? 0, 'error', 'errors'),
    sv: (p) => count(p.n ?? 0, 'fel', 'fel'),
  },
  'diff.kind.kpi': { en: 'KPI', sv: 'KPI' },
  'diff.kind.source': { en: 'Source', sv: 'Källa' },
  'diff.kind.scorecard': { en: 'Scorecard', sv: 'Styrkort' },
  'diff.kind.calendar': { en: 'Calendar', sv: 'Kalender' },
  'diff.kind.sla': { en: 'SLA policy', sv: 'SLA-policy' },
  'diff.kind.test': { en: 'Test', sv: 'Test' },
  'diff.change.added': { en: 'added', sv: 'tillagd' },
  'diff.change.removed': { en: 'removed', sv: 'borttagen' },
  'diff.change.changed': { en: 'changed', sv: 'ändrad' },
  'diff.breaking': { en: 'breaking', sv: 'brytande' },
  'diff.col.field': { en: 'field', sv: 'fält' },
  'diff.col.before': { en: 'before', sv: 'före' },
  'diff.col.after': { en: 'after', sv: 'efter' },
  'diff.col.breaking': { en: 'breaking?', sv: 'brytande?' },
  'diff.col.period': { en: 'period', sv: 'period' },
  'diff.col.change': { en: 'change', sv: 'skillnad' },
  'diff.yes': { en: 'yes', sv: 'ja' },
  'diff.no': { en: 'no', sv: 'nej' },
  'diff.values': {
    en: (p) => `Values before and after, last ${p.n} periods (${p.grain})`,
    sv: (p) => `Värden före och efter, senaste ${p.n} perioderna (${p.grain})`,
  },
  'diff.values.no-data': {
    en: 'Values not compared: no data. Pass --data <file.duckdb> or set database: in nyckeltal.yaml.',
    sv: 'Värdena jämfördes inte: ingen data. Ange --data <fil.duckdb> eller database: i nyckeltal.yaml.',
  },
  'diff.values.invalid': {
    en: 'Values not compared: fix the errors first.',
    sv: 'Värdena jämfördes inte: rätta felen först.',
  },
  'diff.sql': { en: 'SQL diff', sv: 'SQL-skillnad' },
  'diff.issues': { en: 'Issues', sv: 'Problem' },
  'diff.note.onMain': {
    en: 'HEAD is main or its last commit: comparing the working tree with HEAD. Use --base <ref> to pick another.',
    sv: 'HEAD är main eller dess senaste commit: jämför arbetskopian med HEAD. Ange --base <ref> för en annan.',
  },
  'diff.note.noMain': {
    en: 'No main branch: comparing the working tree with HEAD (the last commit). Use --base <ref> to pick another.',
    sv: 'Ingen main-gren: jämför arbetskopian med HEAD (senaste committen). Ange --base <ref> för en annan.',
  },
  'diff.git': {
    en: (p) => `Cannot read the base version from git: ${p.message}`,
    sv: (p) => `Kan inte läsa basversionen från git: ${p.message}`,
  },
  'owners.written': {
    en: (p) => `Wrote the nyckeltal block of ${p.file}: ${count(p.n ?? 0, 'KPI file', 'KPI files')}.`,
    sv: (p) => `Skrev nyckeltal-blocket i ${p.file}: ${count(p.n ?? 0, 'KPI-fil', 'KPI-filer')}.`,
  },
  'owners.upToDate': {
    en: (p) => `${p.file} is up to date: ${count(p.n ?? 0, 'KPI file', 'KPI files')}.`,
    sv: (p) => `${p.file} är aktuell: ${count(p.n ?? 0, 'KPI-fil', 'KPI-filer')}.`,
  },
  'docs.written': {
    en: (p) =>
      `Wrote the catalog site to ${p.dir}: ${count(p.n ?? 0, 'KPI page', 'KPI pages')}. Open ${p.index}.`,
    sv: (p) =>
      `Skrev katalogwebbplatsen till ${p.dir}: ${count(p.n ?? 0, 'KPI-sida', 'KPI-sidor')}. Öppna ${p.index}.`,
  },
  'docs.outHoldsProject': {
    en: (p) =>
      `--out ${p.dir} holds the project, and kpi docs replaces its output folder as a whole. Choose a folder of its own, such as build/docs.`,
    sv: (p) =>
      `--out ${p.dir} innehåller projektet, och kpi docs ersätter hela sin utdatamapp. Välj en egen mapp, till exempel build/docs.`,
  },
  'docs.outNotCatalog': {
    en: (p) =>
      `--out ${p.dir} already holds other files, and kpi docs replaces its output folder as a whole. Choose an empty or new folder, or one kpi docs wrote before.`,
    sv: (p) =>
      `--out ${p.dir} innehåller redan andra filer, och kpi docs ersätter hela sin utdatamapp. Välj en tom eller ny mapp, eller en som kpi docs skrev tidigare.`,
  },
  'docs.noWidgets': {
    en: 'Trends left out: the widgets bundle (packages/widgets/dist/widgets.js) is missing and could not be built.',
    sv: 'Trender utelämnade: widgetpaketet (packages/widgets/dist/widgets.js) saknas och kunde inte byggas.',
  },
} satisfies Record<string, Record<Lang, Text>>;

export type MessageKey = keyof typeof messages;

/**
 * A CLI text in the given language, with its parameters filled in.
 *
 * @example
 * translate('sv', 'summary.issues', { errors: 2, warnings: 1, files: 14 }); // '2 fel, 1 varning i 14 filer.'
 */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text: Text = messages[key][lang];
  return typeof text === 'function' ? text(params) : text;
}

/**
 * The output language: `--lang` when given, else Swedish when LC_ALL, LC_MESSAGES or
 * LANG (the first one set) starts with "sv", else English.
 *
 * @example
 * pickLanguage(undefined, { LANG: 'sv_SE.UTF-8' }); // 'sv'
 */
export function pickLanguage(
  flag: Lang | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (flag) return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
