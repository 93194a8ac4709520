import type { Grain } from '@nyckeltal/spec';
import { printExpr } from '@nyckeltal/spec';
import { defineCommand } from '../command-spec.js';
import { ExitCode } from '../exit-codes.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { defaultGrain, parameterComment, planOne, requireKpi } from './compile.js';
import { grainOption, projectOption } from './shared-options.js';

/**
 * `kpi explain <kpi-id> [--grain g] [--format text|json]`: shows each stage a KPI goes
 * through — the normalized definition and its source, the plan (which query, which
 * result columns), the SQL and its bound parameters — so a surprising number can be
 * traced to the step that made it.
 *
 * @example
 * // pnpm kpi explain itsm.fcr --format json | jq .plan
 */
export const explain = defineCommand({
  name: 'explain',
  summary: {
    en: 'Show every stage of computing a KPI',
    sv: 'Visa varje steg i beräkningen av ett nyckeltal',
  },
  usage: 'kpi explain <kpi-id> [--grain day|week|month|quarter|year] [--format text|json] [--project <dir>]',
  positionals: [
    {
      name: 'kpi-id',
      required: true,
      description: { en: 'The KPI to explain', sv: 'Nyckeltalet att förklara' },
    },
  ],
  options: {
    project: projectOption,
    grain: grainOption,
    format: {
      type: 'string',
      valueName: 'format',
      choices: ['text', 'json'],
      default: 'text',
      description: { en: 'Output: text or json', sv: 'Utskrift: text eller json' },
    },
  },
  async run(args, ctx) {
    const project = await loadProject(args.values.project, ctx);
    if (!project.model) return reportProjectIssues(project, ctx);
    const model = project.model;
    const id = args.positionals[0]!;
    const kpi = requireKpi(model, id, 'explain', ctx);
    const grain = (args.values.grain as Grain | undefined) ?? defaultGrain(model, id);
    const source = model.sources.get(kpi.source)!;
    const plan = planOne(model, id, grain);
    const query = plan.queries[0];
    const definition = {
      id: kpi.id,
      version: kpi.version,
      source: kpi.source,
      measure: printExpr(kpi.measure.ast),
      measure_type: kpi.measure.type,
      ...(kpi.where && { where: printExpr(kpi.where.ast) }),
      fields_read: [...new Set([...kpi.measure.fields, ...(kpi.where?.fields ?? [])])].sort(),
      time: kpi.time,
      unit: kpi.unit,
      direction: kpi.direction,
      targets: kpi.targets,
      thresholds: kpi.thresholds ?? null,
      min_sample: kpi.minSample,
      breakdowns: kpi.breakdowns,
    };
    const sourceInfo = {
      id: source.id,
      from: source.from,
      time_zone: source.timeZone,
      fields: Object.fromEntries(
        [...source.fields.values()].map((f) => [
          f.name,
          f.column === f.name ? f.type : `${f.type} (column ${f.column})`,
        ]),
      ),
    };
    const planInfo = query
      ? { source: query.source, grain: query.grain, outputs: query.kpis, breakdowns: query.breakdowns }
      : { unsupported: plan.unsupported };
    if (args.values.format === 'json') {
      const stages = {
        definition,
        source: sourceInfo,
        plan: planInfo,
        sql: query?.query.sql ?? null,
        parameters: query?.query.parameters ?? [],
      };
      ctx.io.stdout(`${JSON.stringify(stages, null, 2)}\n`);
      return query ? ExitCode.Clean : ExitCode.IssuesFound;
    }
    const sv = ctx.lang === 'sv';
    const heading = (n: number, en: string, svText: string) =>
      `${ctx.colors.bold(`${n}. ${sv ? svText : en}`)}\n`;
    const block = (value: unknown) => `${JSON.stringify(value, null, 2)}\n\n`;
    let out = heading(1, 'Definition (normalized)', 'Definition (normaliserad)') + block(definition);
    out += heading(2, `Source "${source.id}"`, `Källa "${source.id}"`) + block(sourceInfo);
    out += heading(3, `Plan (grain ${grain})`, `Plan (period ${grain})`) + block(planInfo);
    if (query) {
      out += `${heading(4, 'SQL', 'SQL')}${query.query.sql}\n\n`;
      out +=
        heading(5, 'Parameters', 'Parametrar') +
        (parameterComment(query.query.parameters) || '--   (none)\n');
    }
    ctx.io.stdout(out);
    return query ? ExitCode.Clean : ExitCode.IssuesFound;
  },
});
