import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { grains } from '@nyckeltal/spec';
import { defineCommand } from '../command-spec.js';
import { buildDiffReport } from '../diff/build-diff-report.js';
import { formatDiffText } from '../diff/format-diff.js';
import { formatDiffMarkdown } from '../diff/format-diff-markdown.js';
import { GitError } from '../diff/git-files.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { locateProject } from '../project/read-project.js';
import { parseWholeNumber } from './parse-whole-number.js';
import { projectOption } from './shared-options.js';

export const diffFormats = ['text', 'json', 'markdown'] as const;

/**
 * `kpi diff`: what a pull request changes in the KPI definitions, compared with the merge
 * base with main (or `--base`), read straight from git. Field by field, each change marked
 * breaking (the numbers can change) or not; a breaking change without a version bump, or a
 * removed KPI still in use, is an error (exit 1). With data it shows the last periods'
 * values before and after, and the SQL diff.
 *
 * @example
 * // pnpm kpi diff --project kpis --format markdown >> "$GITHUB_STEP_SUMMARY"
 */
export const diff = defineCommand({
  name: 'diff',
  summary: {
    en: 'Show what changed in the KPI definitions since the base, and whether numbers change',
    sv: 'Visa vad som ändrats i KPI-definitionerna sedan basen, och om siffrorna ändras',
  },
  usage:
    'kpi diff [--base <ref>] [--project <dir>] [--format text|json|markdown] [--data <file>] [--periods <n>] [--grain <g>]',
  options: {
    base: {
      type: 'string',
      valueName: 'ref',
      description: {
        en: 'Git commit, branch or tag to compare with (default: the merge base of HEAD and main)',
        sv: 'Git-commit, gren eller tagg att jämföra med (standard: sammanslagningsbasen för HEAD och main)',
      },
    },
    project: projectOption,
    format: {
      type: 'string',
      choices: diffFormats,
      valueName: 'format',
      default: 'text',
      description: {
        en: 'Output: text (terminal), json, markdown (a pull-request comment)',
        sv: 'Utskrift: text (terminal), json, markdown (en kommentar på en pull request)',
      },
    },
    data: {
      type: 'string',
      valueName: 'file',
      description: {
        en: "A DuckDB file to compute values on (default: the project's database)",
        sv: 'En DuckDB-fil att räkna värden på (standard: projektets databas)',
      },
    },
    periods: {
      type: 'string',
      valueName: 'n',
      default: '6',
      description: {
        en: 'How many of the latest periods to compare',
        sv: 'Hur många av de senaste perioderna som jämförs',
      },
    },
    grain: {
      type: 'string',
      valueName: 'g',
      choices: grains,
      default: 'month',
      description: {
        en: 'Period length of the value comparison and the SQL',
        sv: 'Periodlängd för värdejämförelsen och SQL:en',
      },
    },
  },
  async run(args, ctx) {
    const periods = parseWholeNumber(args.values.periods, { name: '--periods', min: 1, max: 120 }, ctx.lang);
    const root = await locateProject(args.values.project, ctx.io.cwd, ctx.t);
    const data = args.values.data !== undefined ? resolve(ctx.io.cwd, args.values.data) : undefined;
    if (data !== undefined && !existsSync(data))
      throw new UsageError(
        ctx.lang === 'sv'
          ? `Datafilen "${args.values.data}" för --data finns inte. Ange en DuckDB-fil som finns, eller utelämna --data för projektets databas.`
          : `The data file "${args.values.data}" given to --data does not exist. Give a DuckDB file that exists, or leave out --data to use the project's database.`,
      );
    let report: Awaited<ReturnType<typeof buildDiffReport>>;
    try {
      report = await buildDiffReport({
        cwd: ctx.io.cwd,
        root,
        periods,
        grain: args.values.grain as (typeof grains)[number],
        ...(args.values.base !== undefined ? { base: args.values.base } : {}),
        ...(data !== undefined ? { data } : {}),
      });
    } catch (error) {
      if (error instanceof GitError) throw new UsageError(ctx.t('diff.git', { message: error.message }));
      throw error;
    }
    const failed = report.issues.some((i) => i.severity === 'error');
    if (args.values.format === 'json') {
      ctx.io.stdout(`${JSON.stringify({ ok: !failed, ...report }, null, 2)}\n`);
    } else if (args.values.format === 'markdown') {
      ctx.io.stdout(formatDiffMarkdown(report, ctx));
    } else {
      if (report.base.note)
        ctx.io.stderr(`${ctx.t(report.base.note === 'on-main' ? 'diff.note.onMain' : 'diff.note.noMain')}\n`);
      ctx.io.stdout(formatDiffText(report, ctx));
    }
    return failed ? ExitCode.IssuesFound : ExitCode.Clean;
  },
});
