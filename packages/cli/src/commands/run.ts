import { existsSync } from 'node:fs';
import { EngineSession, parsePeriodKey, periodOf, runKpis, runScorecard } from '@nyckeltal/engine';
import { type Grain, type Snapshot, suggestName } from '@nyckeltal/spec';
import { defineCommand } from '../command-spec.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { formatSnapshotIssues, snapshotCsv, snapshotTable } from '../format/format-snapshot.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { locateIssue } from '../project/locate-issue.js';
import { requireKpi } from './compile.js';
import { parseWholeNumber } from './parse-whole-number.js';
import { grainOption, projectOption } from './shared-options.js';

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
    const history =
      args.values.history === undefined
        ? undefined
        : parseWholeNumber(args.values.history, { name: '--history', min: 1, max: 1000 }, ctx.lang);
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
    const issues = snapshot.issues.map((issue) => locateIssue(issue, model, ctx.io.cwd));
    const failed = issues.some((i) => i.severity === 'error');
    const printed = { lang: ctx.lang, colors: ctx.colors };
    if (format === 'json') ctx.io.stdout(`${JSON.stringify(snapshot, null, 2)}\n`);
    else if (format === 'csv') ctx.io.stdout(snapshotCsv(snapshot));
    // Values computed around data that could not be read would mislead: the errors alone, then.
    else if (!failed) ctx.io.stdout(snapshotTable({ ...snapshot, issues }, printed));
    if (format !== 'table' || failed) ctx.io.stderr(formatSnapshotIssues(issues, printed));
    return failed ? ExitCode.IssuesFound : ExitCode.Clean;
  },
});
