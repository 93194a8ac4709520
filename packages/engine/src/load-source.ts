import {
  createIssue,
  type FieldModel,
  type Issue,
  type ProjectModel,
  type SnapshotIssue,
  type SourceModel,
} from '@nyckeltal/spec';
import type { EngineSession } from './engine-session.js';
import { snapshotIssue } from './snapshot-issue.js';
import { castField, duckdbTypeOf } from './source-cast.js';
import { rawRelation, rawRelationIssue } from './source-relation.js';
import { sqlIdentifier } from './sql-literal.js';

/** A source made queryable in a session: its view, what went wrong, and the latest timestamps seen. */
export interface LoadedSource {
  readonly kind: 'loaded-source';
  readonly source: string;
  /** False when the view could not be made (missing file, unreadable data): its KPIs get no values. */
  readonly ok: boolean;
  readonly issues: readonly SnapshotIssue[];
  /** Per timestamp field, the latest instant in the data (ISO, UTC), null when the field is empty. */
  readonly latest: Readonly<Record<string, string | null>>;
}

/** How many example rows an issue carries. */
export const ISSUE_EXAMPLES = 5;

const cache = new WeakMap<EngineSession, Map<string, Promise<LoadedSource>>>();

/**
 * Creates the relation `relationName` for a source (a temporary table, or a view when the
 * session does not materialize): one column per declared field, named
 * after the field and of its declared type, read from the source's data (CSV, Parquet,
 * JSON, a DuckDB table or the source's SQL). Values that fail their cast are counted
 * and reported with up to five examples; the rows stay. Loads each source once per session.
 *
 * @example
 * const loaded = await loadSource(session, project, project.sources.get('tickets')!, 'src_tickets');
 * loaded.issues; // e.g. [{ code: 'KPI0501', count: 1, examples: [{ id: 'T-3', opened_at: '31/13/2026 10:00' }], … }]
 */
export function loadSource(
  session: EngineSession,
  project: Pick<ProjectModel, 'root'>,
  source: SourceModel,
  relationName: string,
): Promise<LoadedSource> {
  const loads = cache.get(session) ?? new Map<string, Promise<LoadedSource>>();
  cache.set(session, loads);
  let load = loads.get(source.id);
  if (!load) {
    load = loadUncached(session, project.root, source, relationName);
    loads.set(source.id, load);
  }
  return load;
}

async function loadUncached(
  session: EngineSession,
  root: string,
  source: SourceModel,
  relationName: string,
): Promise<LoadedSource> {
  const failed = (issue: Issue): LoadedSource => ({
    kind: 'loaded-source',
    source: source.id,
    ok: false,
    issues: [definitionIssue(issue, source)],
    latest: {},
  });
  const raw = sqlIdentifier(`${relationName}__raw`);
  let format = 'data';
  let columns: readonly { name: string; type: string }[];
  try {
    const relation = await rawRelation(session, root, source);
    if (relation.kind === 'failed') return failed(rawRelationIssue(relation));
    format = relation.description;
    await session.execute(`create or replace temp view ${raw} as select * from ${relation.sql}`);
    columns = await session.describe(raw);
  } catch (error) {
    return failed(createIssue('KPI0505', { source: source.id, reason: firstLine(error), format }));
  }

  const issues: SnapshotIssue[] = [];
  const fields = [...source.fields.values()];
  const parts = fields.map((field) => {
    const column =
      columns.find((c) => c.name === field.column) ??
      columns.find((c) => c.name.toLowerCase() === field.column.toLowerCase());
    if (!column) {
      const issue = createIssue('KPI0504', {
        source: source.id,
        column: field.column,
        field: field.name,
        columns: columns.map((c) => c.name).join(', '),
      });
      issues.push(definitionIssue(issue, source));
      return { field, raw: 'null', cast: `cast(null as ${duckdbTypeOf[field.type]})` };
    }
    return { field, ...castField(field, sqlIdentifier(column.name), column.type, source.timeZone) };
  });
  const select = parts.map((p) => `${p.cast} as ${sqlIdentifier(p.field.name)}`).join(',\n  ');
  const kind = session.materialize ? 'table' : 'view';
  try {
    await session.execute(
      `create or replace temp ${kind} ${sqlIdentifier(relationName)} as select\n  ${select}\nfrom ${raw}`,
    );
  } catch (error) {
    return failed(createIssue('KPI0505', { source: source.id, reason: firstLine(error), format }));
  }

  const checked = parts.filter((p) => p.raw !== 'null' && p.raw !== p.cast);
  const timestamps = parts.filter((p) => p.field.type === 'timestamp');
  const latest: Record<string, string | null> = {};
  if (checked.length + timestamps.length > 0) {
    const measures = [
      ...checked.map(
        (p, i) => `count(*) filter (where ${p.raw} is not null and ${p.cast} is null) as "bad_${i}"`,
      ),
      ...timestamps.map((p, i) => `max(${p.cast}) as "latest_${i}"`),
    ];
    const [row] = await session.query({ sql: `select ${measures.join(', ')} from ${raw}`, parameters: [] });
    timestamps.forEach((p, i) => {
      const value = row?.[`latest_${i}`];
      latest[p.field.name] = typeof value === 'string' ? value : null;
    });
    const keys = fields.filter((f) => f.key).map((f) => parts.find((p) => p.field === f)!);
    for (const [i, p] of checked.entries()) {
      const count = Number(row?.[`bad_${i}`] ?? 0);
      if (count > 0) issues.push(await castIssue(session, raw, source, p.field, p, keys, count));
    }
  }
  return { kind: 'loaded-source', source: source.id, ok: true, issues, latest };
}

/**
 * A problem with the source as defined (its data missing or unreadable, a column it
 * names absent): located at the source's file, with the catalog's hint and params.
 */
function definitionIssue(issue: Issue, source: SourceModel): SnapshotIssue {
  return snapshotIssue(issue, { source: source.id, origin: source.origin });
}

async function castIssue(
  session: EngineSession,
  raw: string,
  source: SourceModel,
  field: FieldModel,
  part: { raw: string; cast: string },
  keys: readonly { field: FieldModel; raw: string }[],
  count: number,
): Promise<SnapshotIssue> {
  const shown = [...keys.filter((k) => k.field !== field), { field, raw: part.raw }];
  // Ordered so the same data always gives the same examples (and snapshots diff cleanly).
  const order = ` order by ${shown.map((s) => s.raw).join(', ')}`;
  const examples = await session.query({
    sql: `select ${shown.map((s) => `${s.raw} as ${sqlIdentifier(s.field.name)}`).join(', ')} from ${raw}
      where ${part.raw} is not null and ${part.cast} is null${order} limit ${ISSUE_EXAMPLES}`,
    parameters: [],
  });
  const issue = createIssue('KPI0501', { source: source.id, count, field: field.name, type: field.type });
  return snapshotIssue(issue, { source: source.id, count, examples });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
