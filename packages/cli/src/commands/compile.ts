import { duckDbBusinessTime, planKpis, type ScorecardPlan } from '@nyckeltal/compiler';
import { type Grain, type KpiModel, type ProjectModel, suggestName } from '@nyckeltal/spec';
import { type CommandContext, defineCommand } from '../command-spec.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { grainOption, projectOption } from './shared-options.js';

/**
 * The KPI a command names, or a usage error with a did-you-mean.
 *
 * @example
 * const kpi = requireKpi(model, 'itsm.mtr', 'compile'); // throws: Unknown KPI "itsm.mtr". Did you mean itsm.mttr?
 */
export function requireKpi(model: ProjectModel, id: string, command: string, ctx: CommandContext): KpiModel {
  const kpi = model.kpis.get(id);
  if (kpi) return kpi;
  const suggestion = suggestName(id, model.kpis.keys());
  const sv = ctx.lang === 'sv';
  const text = sv ? `Okänt nyckeltal "${id}".` : `Unknown KPI "${id}".`;
  const hint = suggestion ? (sv ? ` Menade du ${suggestion}?` : ` Did you mean ${suggestion}?`) : '';
  throw new UsageError(text + hint, command);
}

/** A KPI's default grain: that of the first scorecard listing it, else month. */
export function defaultGrain(model: ProjectModel, kpiId: string): Grain {
  for (const card of model.scorecards.values()) if (card.kpis.includes(kpiId)) return card.grain;
  return 'month';
}

/** Plans one KPI alone, as compile and explain show it (business time on DuckDB). */
export function planOne(model: ProjectModel, kpiId: string, grain: Grain): ScorecardPlan {
  return planKpis(model, { kpis: [kpiId], grain }, { businessTime: duckDbBusinessTime });
}

/** The bound parameters as an SQL comment block, so the printed SQL can be read (and run) by hand. */
export function parameterComment(parameters: readonly unknown[]): string {
  if (parameters.length === 0) return '';
  const lines = parameters.map(
    (p, i) => `--   $${i + 1} = ${typeof p === 'string' ? `'${p.replaceAll("'", "''")}'` : String(p)}`,
  );
  return `-- parameters (bound, never pasted into the SQL):\n${lines.join('\n')}\n`;
}

/**
 * `kpi compile <kpi-id> [--grain g]`: prints the SQL the engine runs for one KPI at a
 * grain, formatted, with a comment naming the KPI and the bound parameters listed.
 *
 * @example
 * // pnpm kpi compile itsm.mttr --grain week
 */
export const compile = defineCommand({
  name: 'compile',
  summary: { en: 'Print the SQL of a KPI', sv: 'Skriv ut SQL-frågan för ett nyckeltal' },
  usage: 'kpi compile <kpi-id> [--grain day|week|month|quarter|year] [--project <dir>]',
  positionals: [
    {
      name: 'kpi-id',
      required: true,
      description: { en: 'The KPI to compile', sv: 'Nyckeltalet att kompilera' },
    },
  ],
  options: { project: projectOption, grain: grainOption },
  async run(args, ctx) {
    const project = await loadProject(args.values.project, ctx);
    if (!project.model) return reportProjectIssues(project, ctx);
    const id = args.positionals[0]!;
    requireKpi(project.model, id, 'compile', ctx);
    const grain = (args.values.grain as Grain | undefined) ?? defaultGrain(project.model, id);
    const plan = planOne(project.model, id, grain);
    const query = plan.queries[0];
    if (!query) {
      const why = plan.unsupported.map((u) => `${u.fn}: ${u.reason}`).join(', ');
      ctx.io.stderr(`${ctx.lang === 'sv' ? 'Kan inte kompileras' : 'Cannot be compiled'}: ${id} (${why})\n`);
      return ExitCode.IssuesFound;
    }
    ctx.io.stdout(
      `-- ${id} at grain ${grain}\n${parameterComment(query.query.parameters)}${query.query.sql}\n`,
    );
    return ExitCode.Clean;
  },
});
