import {
  checkExpr,
  type KpiModel,
  type ProjectModel,
  parseMeasure,
  type ScorecardModel,
  type SourceModel,
  type TypedExpr,
} from '@nyckeltal/spec';

const origin = { file: 'test.yaml', line: 1, column: 1 };

/** Parses and checks measure text as normalize does; a bad test measure fails loudly. */
export function typed(text: string, source: SourceModel, role: 'measure' | 'where'): TypedExpr {
  const { ast, diagnostics } = parseMeasure(text);
  if (!ast) throw new Error(`test measure does not parse: ${text}: ${JSON.stringify(diagnostics)}`);
  const checked = checkExpr(ast, { fields: source.fields, role });
  if (checked.diagnostics.length > 0)
    throw new Error(`test measure does not check: ${JSON.stringify(checked.diagnostics)}`);
  return { text, ast, type: checked.type, fields: checked.fields };
}

export type KpiSpec = Partial<Omit<KpiModel, 'measure' | 'where'>> & {
  id: string;
  measure: string;
  where?: string;
};

/** A KPI model on a source, with defaults for everything a test does not care about. */
export function kpiModel(source: SourceModel, spec: KpiSpec): KpiModel {
  const { measure, where, ...rest } = spec;
  return {
    version: 1,
    title: { en: spec.id },
    description: `Test KPI ${spec.id}`,
    category: 'itsm',
    level: 'process',
    owner: { name: 'Service desk manager', team: 'service-desk' },
    source: source.id,
    time: 'resolved_at',
    unit: 'count',
    direction: 'higher',
    breakdowns: [],
    targets: [],
    supports: [],
    minSample: 1,
    origin,
    ...rest,
    measure: typed(measure, source, 'measure'),
    ...(where !== undefined && { where: typed(where, source, 'where') }),
  };
}

/** A scorecard over KPIs. */
export function scorecardModel(
  id: string,
  kpis: readonly string[],
  extra: Partial<ScorecardModel> = {},
): ScorecardModel {
  return {
    id,
    title: { en: id, sv: id },
    audience: 'Team leads',
    kpis,
    grain: 'month',
    history: 13,
    compare: 'previous',
    origin,
    ...extra,
  };
}

/** A project over sources, KPIs and scorecards, rooted at `root`. */
export function projectModel(
  root: string,
  sources: readonly SourceModel[],
  kpis: readonly KpiModel[],
  scorecards: readonly ScorecardModel[] = [],
  database?: string,
): ProjectModel {
  return {
    root,
    settings: {
      name: 'test',
      language: 'en',
      paths: [],
      owners: {},
      cors: [],
      out: `${root}/out`,
      ...(database && { database }),
    },
    kpis: new Map(kpis.map((k) => [k.id, k])),
    sources: new Map(sources.map((s) => [s.id, s])),
    scorecards: new Map(scorecards.map((s) => [s.id, s])),
    calendars: new Map(),
  };
}
