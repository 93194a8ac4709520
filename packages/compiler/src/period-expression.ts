import { type FieldModel, type Grain, grains, type SourceModel } from '@nyckeltal/spec';
import { sql } from 'kysely';
import type { Sql } from './measure/expr-context.js';

/**
 * The period a row falls in: the local date on which its period starts, cut in the
 * source's time zone. Timestamp fields are instants (TIMESTAMPTZ); `timezone(zone, t)`
 * turns one into local wall-clock time, so a day is a local calendar day even across
 * daylight-saving changes. Weeks are ISO weeks (DuckDB's `date_trunc('week', …)` starts
 * on Monday). Date fields are already local dates.
 *
 * @example
 * periodExpression(tickets, tickets.fields.get('resolved_at')!, 'month');
 * // cast(date_trunc('month', timezone($1, "resolved_at")) as date)   with $1 = 'Europe/Stockholm'
 */
export function periodExpression(source: SourceModel, field: FieldModel, grain: Grain): Sql {
  // The grain is one of five fixed words (checked here), so it can be SQL text.
  if (!grains.includes(grain)) throw new Error(`Bug: unknown grain ${grain}`);
  const part = sql.lit(grain);
  if (field.type === 'date') return sql`cast(date_trunc(${part}, ${sql.id(field.name)}) as date)`;
  if (field.type !== 'timestamp') throw new Error(`Bug: time field ${field.name} is a ${field.type}`);
  return sql`cast(date_trunc(${part}, timezone(${source.timeZone}, ${sql.id(field.name)})) as date)`;
}
