import type { LoadedDoc } from '../load/loaded-doc.js';
import type { FieldModel } from '../model.js';
import { normalizeFields } from '../normalize/normalize-fields.js';
import { slaSourceFields } from '../normalize/sla-fields.js';
import type { CalendarDoc } from '../schemas/calendar-schema.js';
import type { KpiDoc } from '../schemas/kpi-schema.js';
import type { ProjectDoc } from '../schemas/project-schema.js';
import type { DefinitionKind } from '../schemas/schemas.js';
import type { ScorecardDoc } from '../schemas/scorecard-schema.js';
import type { SlaDoc } from '../schemas/sla-schema.js';
import type { SourceDoc } from '../schemas/source-schema.js';
import type { TestDoc } from '../schemas/test-schema.js';

/** A schema-valid document with its value typed by its kind's schema. */
export interface Typed<T> {
  readonly doc: LoadedDoc;
  readonly data: T;
}

/**
 * What rules look things up in, built once per list of documents. Content checks read
 * only schema-valid documents (`kpis`, `sources`, …); references resolve against the ids
 * of every loaded document, so a KPI with a typo elsewhere still counts as existing.
 *
 * @example
 * const index = indexDocs(docs);
 * index.ids.kpi.has('itsm.mttr'); // true
 * index.fields('tickets')?.get('opened_at')?.type; // 'timestamp'
 */
export interface DocIndex {
  readonly kpis: readonly Typed<KpiDoc>[];
  readonly sources: readonly Typed<SourceDoc>[];
  readonly scorecards: readonly Typed<ScorecardDoc>[];
  readonly calendars: readonly Typed<CalendarDoc>[];
  readonly slas: readonly Typed<SlaDoc>[];
  readonly tests: readonly Typed<TestDoc>[];
  readonly projects: readonly Typed<ProjectDoc>[];
  /** First document per id, per kind, valid or not. */
  readonly ids: Readonly<Record<DefinitionKind, ReadonlyMap<string, LoadedDoc>>>;
  /**
   * Fields of a schema-valid source, or undefined for an unknown or invalid source. An SLA
   * policy is a source too: its tickets source's fields and the clock fields.
   */
  fields(sourceId: string): ReadonlyMap<string, FieldModel> | undefined;
}

const cache = new WeakMap<readonly LoadedDoc[], DocIndex>();

/** Builds (or reuses) the index for a list of documents. */
export function indexDocs(docs: readonly LoadedDoc[]): DocIndex {
  const cached = cache.get(docs);
  if (cached) return cached;
  const ids: Record<DefinitionKind, Map<string, LoadedDoc>> = {
    kpi: new Map(),
    source: new Map(),
    scorecard: new Map(),
    calendar: new Map(),
    sla: new Map(),
    test: new Map(),
    project: new Map(),
  };
  for (const doc of docs)
    if (doc.id !== undefined && !ids[doc.kind].has(doc.id)) ids[doc.kind].set(doc.id, doc);
  const valid = <T>(kind: DefinitionKind): Typed<T>[] =>
    docs.filter((d) => d.kind === kind && d.valid).map((doc) => ({ doc, data: doc.value as T }));
  const sources = valid<SourceDoc>('source');
  const slas = valid<SlaDoc>('sla');
  const fieldCache = new Map<string, ReadonlyMap<string, FieldModel>>();
  const sourceFields = (sourceId: string): ReadonlyMap<string, FieldModel> | undefined => {
    const source = sources.find((s) => s.data.id === sourceId);
    return source ? normalizeFields(source.data.fields) : undefined;
  };
  const index: DocIndex = {
    kpis: valid<KpiDoc>('kpi'),
    sources,
    scorecards: valid<ScorecardDoc>('scorecard'),
    calendars: valid<CalendarDoc>('calendar'),
    slas,
    tests: valid<TestDoc>('test'),
    projects: valid<ProjectDoc>('project'),
    ids,
    fields(sourceId) {
      const known = fieldCache.get(sourceId);
      if (known) return known;
      const sla = ids.source.has(sourceId) ? undefined : slas.find((s) => s.data.id === sourceId);
      const tickets = sla ? sourceFields(sla.data.source) : undefined;
      const fields = sla ? tickets && slaSourceFields(tickets) : sourceFields(sourceId);
      if (!fields) return undefined;
      fieldCache.set(sourceId, fields);
      return fields;
    },
  };
  cache.set(docs, index);
  return index;
}

/** `Did you mean "x"? ` or nothing, for hints. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion ? `Did you mean "${suggestion}"? ` : '';
}

/** A short list of names for hints: the first few, then "…". */
export function listNames(names: Iterable<string>, max = 12): string {
  const all = [...names].sort();
  if (all.length === 0) return '(none)';
  return all.length > max ? `${all.slice(0, max).join(', ')}, …` : all.join(', ');
}
