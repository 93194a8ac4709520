import { existsSync } from 'node:fs';
import { EngineSession, parsePeriodKey, periodOf, runKpis, runScorecard } from '@nyckeltal/engine';
import { type Grain, type Snapshot, type SnapshotKpi, type Status, suggestName } from '@nyckeltal/spec';
import { type CommandContext, defineCommand } from '../command-spec.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import type { Colors } from '../ui/color.js';
import { formatTable } from '../ui/table.js';
import { requireKpi } from './compile.js';
import { grainOption, projectOption } from './shared-options.js';

/** Status as symbol and word: never colour alone. */
const statusMark: Record<Status, { symbol: string; color: keyof Omit<Colors, 'enabled'> }> = {
  green: { symbol: '✓', color: 'green' },
  amber: { symbol: '▲', color: 'yellow' },
  red: { symbol: '✗', color: 'red' },
  insufficient: { symbol: '…', color: 'dim' },
  'no-target': { symbol: '·', color: 'dim' },
};

/**
 * `kpi run (--scorecard <id> | <kpi-id>…)`: computes KPIs over the project's data and
 * prints them as a table with status symbols, as a snapshot (JSON, DESIGN.md §3) or as
 * CSV. Exit 1 when the data has errors (a missing file, an unreadable source).
 *
 * @example
 * // pnpm kpi run --scorecard service-desk --period 2026-10
 * // pnpm kpi run itsm.mttr itsm.fcr --grain week --history 8 --format csv
 */
export const run = defineCommand({
  name: 'run',
  summary: { en: 'Compute KPIs and print their values', sv: 'Beräkna nyckeltal och skriv ut värdena' },
  usage:
    'kpi run (--scorecard <id> | <kpi-id>…) [--grain g] [--period key] [--history n] [--format table|json|csv] [--project <dir>]',
  positionals: [
    { name: 'kpi-id', multiple: true, description: { en: 'KPIs to compute', sv: 'Nyckeltal att beräkna' } },
  ],
  options: {
    project: projectOption,
    scorecard: {
      type: 'string',
      valueName: 'id',
      description: { en: 'Compute a scorecard’s KPIs', sv: 'Beräkna ett styrkorts nyckeltal' },
    },
    grain: grainOption,
    period: {
      type: 'string',
      valueName: 'key',
      description: {
        en: 'The current period, e.g. 2026-10, 2026-W43, 2026-Q4 (default: the latest with data)',
        sv: 'Aktuell period, t.ex. 2026-10, 2026-W43, 2026-Q4 (standard: den senaste med data)',
      },
    },
    history: {
      type: 'string',
      valueName: 'n',
      description: {
        en: 'Periods in the trend (default: the scorecard’s, else 13)',
        sv: 'Perioder i trenden (standard: styrkortets, annars 13)',
      },
    },
    format: {
      type: 'string',
      valueName: 'format',
      choices: ['table', 'json', 'csv'],
      default: 'table',
      description: {
        en: 'Output: table, json (a snapshot) or csv',
        sv: 'Utskrift: table, json (en ögonblicksbild) eller csv',
      },
    },
  },
  async run(args, ctx) {
    const sv = ctx.lang === 'sv';
    const ids = args.positionals;
    const cardId = args.values.scorecard;
    if (cardId !== undefined && ids.length > 0) {
      throw new UsageError(
        sv
          ? 'Ange antingen --scorecard <id> eller nyckeltal, inte båda.'
          : 'Give either --scorecard <id> or KPI ids, not both.',
        'run',
      );
    }
    if (cardId === undefined && ids.length === 0) {
      throw new UsageError(
        sv
          ? 'Ange vilka nyckeltal som ska beräknas (kpi run itsm.mttr) eller ett styrkort (kpi run --scorecard service-desk).'
          : 'Name the KPIs to compute (kpi run itsm.mttr) or a scorecard (kpi run --scorecard service-desk).',
        'run',
      );
    }
    const history = parseHistory(args.values.history, sv);
    const project = await loadProject(args.values.project, ctx);
    if (!project.model) return reportProjectIssues(project, ctx);
    const model = project.model;
    if (cardId !== undefined && !model.scorecards.has(cardId)) {
      const suggestion = suggestName(cardId, model.scorecards.keys());
      const hint = suggestion ? (sv ? ` Menade du ${suggestion}?` : ` Did you mean ${suggestion}?`) : '';
      throw new UsageError(`${sv ? 'Okänt styrkort' : 'Unknown scorecard'} "${cardId}".${hint}`, 'run');
    }
    for (const id of ids) requireKpi(model, id, 'run', ctx);
    const grain =
      (args.values.grain as Grain | undefined) ?? (cardId ? model.scorecards.get(cardId)!.grain : 'month');
    const period = args.values.period;
    if (period !== undefined && !parsePeriodKey(period, grain)) {
      throw new UsageError(
        `${sv ? 'Ingen period av längden' : 'Not a period of grain'} ${grain}: "${period}". ` +
          `${sv ? 'Skriv den till exempel som' : 'Write it like'} ${periodOf('2026-10-25', grain).key}.`,
        'run',
      );
    }

    const database = model.settings.database;
    const session = await EngineSession.open(database && existsSync(database) ? { database } : {});
    const bar = ctx.progress(sv ? 'Beräknar' : 'Computing');
    let snapshot: Snapshot;
    try {
      const options = {
        ...(args.values.grain !== undefined && { grain }),
        ...(period !== undefined && { period }),
        ...(history !== undefined && { history }),
        onProgress: (done: number) => bar.update(done),
      };
      snapshot = cardId
        ? await runScorecard(session, model, cardId, options)
        : await runKpis(session, model, ids, options);
    } finally {
      bar.done();
      session.close();
    }
    const format = args.values.format;
    if (format === 'json') ctx.io.stdout(`${JSON.stringify(snapshot, null, 2)}\n`);
    else if (format === 'csv') ctx.io.stdout(snapshotCsv(snapshot));
    else ctx.io.stdout(snapshotTable(snapshot, ctx));
    if (format !== 'table')
      for (const issue of snapshot.issues)
        ctx.io.stderr(`${issue.severity}  ${issue.code}  ${issue.message}\n`);
    return snapshot.issues.some((i) => i.severity === 'error') ? ExitCode.IssuesFound : ExitCode.Clean;
  },
});

function parseHistory(text: string | undefined, sv: boolean): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    throw new UsageError(
      sv
        ? `--history behöver ett heltal 1–1000, inte "${text}".`
        : `--history needs a whole number 1–1000, not "${text}".`,
      'run',
    );
  }
  return n;
}

/** A value with its unit, briefly: 9.4 h, 71.2 %, 4.21, 812. */
export function formatValue(value: number | null, unit: string, lang: string): string {
  if (value === null) return '–';
  const digits = unit === 'count' ? 0 : unit === 'score' ? 2 : 1;
  const text = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
  const suffix =
    { hours: ' h', minutes: ' min', days: ' d', percent: ' %' }[unit] ??
    (unit.startsWith('currency:') ? ` ${unit.slice(9)}` : '');
  return `${text}${suffix}`;
}

/** The change since the previous period; a percent KPI changes by percentage points (pp / p.e.). */
function formatDelta(kpi: SnapshotKpi, lang: string): string {
  if (kpi.delta === null) return '';
  const sign = kpi.delta > 0 ? '+' : kpi.delta < 0 ? '−' : '±';
  if (kpi.unit === 'percent') {
    const points = formatValue(Math.abs(kpi.delta), 'number', lang);
    return `${sign}${points} ${lang === 'sv' ? 'p.e.' : 'pp'}`;
  }
  return `${sign}${formatValue(Math.abs(kpi.delta), kpi.unit, lang)}`;
}

/** The table `kpi run` prints: one row per KPI, status as symbol, word and colour. */
export function snapshotTable(snapshot: Snapshot, ctx: Pick<CommandContext, 'colors' | 'lang'>): string {
  const { colors, lang } = ctx;
  const sv = lang === 'sv';
  const title = snapshot.scorecard.title[lang] ?? snapshot.scorecard.title.en;
  const head = `${colors.bold(title)}  ${snapshot.grain} ${snapshot.period.key} (${snapshot.period.start} – ${snapshot.period.end})`;
  const through = snapshot.data_through
    ? `\n${colors.dim(`${sv ? 'data till och med' : 'data through'} ${snapshot.data_through}`)}`
    : '';
  const rows = snapshot.kpis.map((k) => {
    const mark = statusMark[k.status];
    const previous = k.previous
      ? `${formatValue(k.previous.value, k.unit, lang)} (${k.previous.period})`
      : '';
    return [
      colors[mark.color](`${mark.symbol} ${k.status}`),
      k.id,
      formatValue(k.value, k.unit, lang),
      k.target === null ? '' : formatValue(k.target, k.unit, lang),
      previous,
      formatDelta(k, lang),
      String(k.sample),
    ];
  });
  const header = sv
    ? ['Status', 'Nyckeltal', 'Värde', 'Mål', 'Föregående', 'Δ', 'Underlag']
    : ['Status', 'KPI', 'Value', 'Target', 'Previous', 'Δ', 'Sample'];
  const table = formatTable(rows, {
    header,
    align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
    styleHeader: colors.bold,
  });
  const issues = snapshot.issues.map((i) => {
    const label = i.severity === 'error' ? colors.red('error') : colors.yellow('warning');
    return `${label}  ${i.code}  ${i.message}${i.examples.length > 0 ? colors.dim(`  e.g. ${JSON.stringify(i.examples[0])}`) : ''}\n`;
  });
  return `${head}${through}\n\n${table}${issues.length > 0 ? `\n${issues.join('')}` : ''}`;
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** CSV with one row per KPI (plain numbers, no units): for spreadsheets. */
export function snapshotCsv(snapshot: Snapshot): string {
  const header = [
    'kpi',
    'title',
    'period',
    'value',
    'unit',
    'numerator',
    'denominator',
    'sample',
    'status',
    'target',
    'previous_period',
    'previous_value',
    'delta',
    'improved',
  ];
  const rows = snapshot.kpis.map((k) => [
    k.id,
    k.title.en,
    snapshot.period.key,
    k.value,
    k.unit,
    k.numerator,
    k.denominator,
    k.sample,
    k.status,
    k.target,
    k.previous?.period,
    k.previous?.value,
    k.delta,
    k.improved,
  ]);
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
