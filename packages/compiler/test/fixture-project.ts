import {
  checkExpr,
  type FieldModel,
  type FieldType,
  type Grain,
  type KpiModel,
  type ProjectModel,
  parseMeasure,
  type SourceModel,
  type TypedExpr,
} from '@nyckeltal/spec';

const origin = { file: 'test.yaml', line: 1, column: 1 };

/** A source with the given fields (name → type), read in a time zone. */
export function source(
  id: string,
  fields: Record<string, FieldType>,
  timeZone = 'Europe/Stockholm',
): SourceModel {
  const models = Object.entries(fields).map(
    ([name, type]): FieldModel => ({ name, type, column: name, key: name === 'id' }),
  );
  return {
    id,
    title: { en: id },
    from: { kind: 'table', table: id },
    timeZone,
    fields: new Map(models.map((f) => [f.name, f])),
    origin,
  };
}

/** The ticket source most tests use. */
export const tickets = source('tickets', {
  id: 'string',
  type: 'string',
  priority: 'string',
  channel: 'string',
  assignment_group: 'string',
  opened_at: 'timestamp',
  first_response_at: 'timestamp',
  resolved_at: 'timestamp',
  reopen_count: 'integer',
  score: 'integer',
  cost: 'number',
});

/** Parses and checks measure text the way normalize does; a test with a bad measure fails loudly. */
export function typed(text: string, src: SourceModel, role: 'measure' | 'where'): TypedExpr {
  const { ast, diagnostics } = parseMeasure(text);
  if (!ast) throw new Error(`test measure does not parse: ${text}: ${JSON.stringify(diagnostics)}`);
  const checked = checkExpr(ast, { fields: src.fields, role });
  if (checked.diagnostics.length > 0) {
    throw new Error(`test measure does not check: ${text}: ${JSON.stringify(checked.diagnostics)}`);
  }
  return { text, ast, type: checked.type, fields: checked.fields };
}

export interface KpiSpec {
  readonly id: string;
  readonly measure: string;
  readonly where?: string;
  readonly time?: string;
  readonly breakdowns?: readonly string[];
  readonly source?: SourceModel;
  readonly title?: string;
}

/** A KPI model with only what the compiler reads filled in meaningfully. */
export function kpi(spec: KpiSpec): KpiModel {
  const src = spec.source ?? tickets;
  return {
    id: spec.id,
    version: 1,
    title: { en: spec.title ?? spec.id },
    description: '',
    category: 'itsm',
    level: 'process',
    owner: { name: 'Test' },
    source: src.id,
    measure: typed(spec.measure, src, 'measure'),
    ...(spec.where !== undefined && { where: typed(spec.where, src, 'where') }),
    time: spec.time ?? 'resolved_at',
    unit: 'count',
    direction: 'higher',
    breakdowns: spec.breakdowns ?? [],
    targets: [],
    supports: [],
    minSample: 1,
    origin,
  };
}

/** A project holding the given KPIs and the sources they read. */
export function project(
  kpis: readonly KpiModel[],
  sources: readonly SourceModel[] = [tickets],
): ProjectModel {
  return {
    root: '/project',
    settings: { name: 'test', language: 'en', paths: [], owners: {}, cors: [], out: '/project/out' },
    kpis: new Map(kpis.map((k) => [k.id, k])),
    sources: new Map(sources.map((s) => [s.id, s])),
    scorecards: new Map(),
    calendars: new Map(),
  };
}

export const allGrains: readonly Grain[] = ['day', 'week', 'month', 'quarter', 'year'];
