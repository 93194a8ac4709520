import type { ProjectModel, SourceModel } from '@nyckeltal/spec';
import {
  type Flat,
  flattenCalendar,
  flattenKpi,
  flattenScorecard,
  flattenSource,
} from './flatten-definition.js';
import { flattenSla } from './flatten-sla.js';
import { flattenTest } from './flatten-test.js';
import { kpiDependencies } from './kpi-dependencies.js';

/** What `kpi diff` compares; `sla` is a policy (`kind: sla`), `test` a KPI test (`kind: test`). */
export type DefinitionKind = 'kpi' | 'sla' | 'source' | 'scorecard' | 'calendar' | 'test';

/** One setting that differs; `before`/`after` are absent when the setting is added or removed. */
export interface FieldChange {
  readonly field: string;
  readonly before?: string;
  readonly after?: string;
  /** Can this change alter the numbers? */
  readonly breaking: boolean;
}

/** A definition added, removed or changed between base and head. */
export interface DefinitionChange {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  /**
   * Field by field; for KPIs also what they read from their source, SLA policy and
   * calendars (`source.…`, `sla.<id>.…`, `calendar.<id>.…`).
   */
  readonly fields: readonly FieldChange[];
  /** A changed definition whose numbers can change. Added and removed ones are never breaking. */
  readonly breaking: boolean;
  /** File of the definition, relative to the project: the head's, or the base's when removed. */
  readonly file: string;
}

/** A project's definitions as the diff reads them; `undefined` maps to "nothing there yet". */
export type DiffSide = Pick<
  ProjectModel,
  'root' | 'kpis' | 'sources' | 'scorecards' | 'calendars' | 'slas' | 'tests'
>;

const kindOrder: readonly DefinitionKind[] = ['kpi', 'sla', 'source', 'scorecard', 'calendar', 'test'];

/**
 * Compares two projects definition by definition and field by field. A KPI counts as
 * changed also when only what it reads changed (its source's `from`, time zone, or the
 * column/type/format of a field it reads; the SLA policy it reads and what that policy
 * reads; a calendar it uses directly or through its policy). An SLA policy is listed as
 * `sla`, not also as the source it stands for; KPI tests are listed, never breaking.
 * Sorted by kind, then id.
 *
 * @example
 * const changes = diffProjects(baseModel, headModel);
 * changes[0]; // { kind: 'kpi', id: 'itsm.mttr', change: 'changed', breaking: true,
 * //   fields: [{ field: 'measure', before: 'avg(…)', after: 'median(…)', breaking: true }], file: 'itsm/mttr.yaml' }
 */
export function diffProjects(base: DiffSide | undefined, head: DiffSide | undefined): DefinitionChange[] {
  const empty: DiffSide = {
    root: head?.root ?? base?.root ?? '',
    kpis: new Map(),
    sources: new Map(),
    scorecards: new Map(),
    calendars: new Map(),
  };
  const sides = { base: base ?? empty, head: head ?? empty };
  const out = [
    ...compareMaps(
      'kpi',
      sides,
      (s) => s.kpis,
      (kpi, side) => new Map([...flattenKpi(kpi), ...kpiDependencies(kpi, side)]),
    ),
    ...compareMaps(
      'sla',
      sides,
      (s) => s.slas ?? new Map(),
      (sla) => flattenSla(sla),
    ),
    ...compareMaps(
      'source',
      sides,
      (s) => ownSources(s.sources),
      (source, side) => flattenSource(source, side.root),
    ),
    ...compareMaps(
      'scorecard',
      sides,
      (s) => s.scorecards,
      (card) => flattenScorecard(card),
    ),
    ...compareMaps(
      'calendar',
      sides,
      (s) => s.calendars,
      (calendar) => flattenCalendar(calendar),
    ),
    ...compareMaps(
      'test',
      sides,
      (s) => s.tests ?? new Map(),
      (test) => flattenTest(test),
    ),
  ];
  return out.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || compareIds(a.id, b.id));
}

function compareMaps<T extends { readonly origin: { readonly file: string } }>(
  kind: DefinitionKind,
  sides: { readonly base: DiffSide; readonly head: DiffSide },
  pick: (side: DiffSide) => ReadonlyMap<string, T>,
  flatten: (definition: T, side: DiffSide) => Flat,
): DefinitionChange[] {
  const before = pick(sides.base);
  const after = pick(sides.head);
  const out: DefinitionChange[] = [];
  for (const [id, definition] of after) {
    const old = before.get(id);
    const file = definition.origin.file;
    if (!old) {
      const fields = fieldChanges(new Map(), ownSettings(flatten(definition, sides.head)));
      out.push({ kind, id, change: 'added', fields, breaking: false, file });
      continue;
    }
    const fields = fieldChanges(flatten(old, sides.base), flatten(definition, sides.head));
    if (fields.length > 0)
      out.push({ kind, id, change: 'changed', fields, breaking: fields.some((f) => f.breaking), file });
  }
  for (const [id, definition] of before) {
    if (after.has(id)) continue;
    const fields = fieldChanges(ownSettings(flatten(definition, sides.base)), new Map());
    out.push({ kind, id, change: 'removed', fields, breaking: false, file: definition.origin.file });
  }
  return out;
}

/**
 * An added or removed definition is listed with its own settings only (not what it reads
 * from its source), none marked breaking: there are no earlier numbers to change.
 */
function ownSettings(flat: Flat): Flat {
  return new Map(
    [...flat]
      .filter(([key]) => !/^(source|sla|calendar)\./.test(key))
      .map(([key, value]) => [key, { ...value, breaking: false }]),
  );
}

/** Field-level differences of two flattened definitions, in the after side's key order, removed keys last. */
export function fieldChanges(before: Flat, after: Flat): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, value] of after) {
    const old = before.get(field);
    if (old?.text === value.text) continue;
    out.push(
      old
        ? { field, before: old.text, after: value.text, breaking: value.breaking || old.breaking }
        : { field, after: value.text, breaking: value.breaking },
    );
  }
  for (const [field, old] of before) {
    if (!after.has(field)) out.push({ field, before: old.text, breaking: old.breaking });
  }
  return out;
}

/** The sources written as files; an SLA policy's derived source is compared as the policy. */
function ownSources(sources: ReadonlyMap<string, SourceModel>): ReadonlyMap<string, SourceModel> {
  return new Map([...sources].filter(([, source]) => !source.derived));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
