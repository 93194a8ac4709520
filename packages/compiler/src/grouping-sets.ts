import { sql } from 'kysely';
import type { Sql } from './measure/expr-context.js';

/** One grouping set of a source query: a period column, and a breakdown field or none. */
export interface GroupingSet {
  readonly timeField: string;
  readonly breakdown?: string;
  /** The text the `grouping` column holds for this set's rows: `resolved_at` or `resolved_at/priority`. */
  readonly tag: string;
}

/** The column of the rows CTE that holds a time field's period. */
export function periodColumn(timeField: string): string {
  return `period:${timeField}`;
}

/**
 * The group-by part of a source query and the SQL of its four leading result columns.
 * With one set it is a plain `group by`; with several (more than one time field, or
 * breakdowns) it is `group by grouping sets (…)` and the `grouping()` bitmask tells the
 * sets apart: bit i (counting from the last column) is 1 when column i is not grouped.
 */
export interface GroupingLayout {
  readonly groupBy: Sql;
  readonly grouping: Sql;
  readonly period: Sql;
  readonly breakdownField: Sql;
  readonly breakdownKey: Sql;
  /** True when a row's set is a series set (no breakdown); undefined with one set. */
  readonly isSeries?: Sql;
}

/**
 * Lays out the grouping sets of a query.
 *
 * @example
 * groupingLayout([{ timeField: 'resolved_at', tag: 'resolved_at' }]).groupBy; // "period:resolved_at"
 */
export function groupingLayout(sets: readonly GroupingSet[]): GroupingLayout {
  const timeFields = unique(sets.map((s) => s.timeField));
  const fields = unique(sets.flatMap((s) => (s.breakdown ? [s.breakdown] : [])));
  const periods = timeFields.map((t) => sql.id(periodColumn(t)));
  const period = periods.length === 1 ? periods[0]! : sql`coalesce(${sql.join(periods)})`;
  const only = sets.length === 1 ? sets[0] : undefined;
  if (only) {
    return {
      groupBy: periods[0]!,
      grouping: sql.lit(only.tag),
      period,
      breakdownField: sql`cast(null as varchar)`,
      breakdownKey: sql`cast(null as varchar)`,
    };
  }
  const columns = [...timeFields.map(periodColumn), ...fields];
  const mask = (set: GroupingSet) =>
    columns.reduce((bits, column, i) => {
      const grouped = column === periodColumn(set.timeField) || column === set.breakdown;
      return grouped ? bits : bits | (1 << (columns.length - 1 - i));
    }, 0);
  const groupingCall = sql`grouping(${sql.join(columns.map((c) => sql.id(c)))})`;
  const byMask = (value: (s: GroupingSet) => Sql | undefined) => {
    const whens = sets.flatMap((s) => {
      const v = value(s);
      return v ? [sql`when ${sql.lit(mask(s))} then ${v}`] : [];
    });
    return whens.length === 0
      ? sql`cast(null as varchar)`
      : sql`case ${groupingCall} ${sql.join(whens, sql` `)} end`;
  };
  const keys = fields.map((f) => sql`cast(${sql.id(f)} as varchar)`);
  const seriesMasks = sets.filter((s) => !s.breakdown).map((s) => sql.lit(mask(s)));
  return {
    groupBy: sql`grouping sets (${sql.join(
      sets.map(
        (s) =>
          sql`(${sql.join([sql.id(periodColumn(s.timeField)), ...(s.breakdown ? [sql.id(s.breakdown)] : [])])})`,
      ),
    )})`,
    grouping: byMask((s) => sql.lit(s.tag)),
    period,
    breakdownField: byMask((s) => (s.breakdown ? sql.lit(s.breakdown) : undefined)),
    breakdownKey:
      keys.length === 0
        ? sql`cast(null as varchar)`
        : keys.length === 1
          ? keys[0]!
          : sql`coalesce(${sql.join(keys)})`,
    isSeries: sql`${groupingCall} in (${sql.join(seriesMasks)})`,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
