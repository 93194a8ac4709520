import type { CalendarLookup } from '@nyckeltal/spec';
import type { CompiledQuery } from '../plan-types.js';
import { calendarRelationName } from './calendar-relation-name.js';

const bigintLists = ['p', 'q', 'r', 'l', 'as', 'al', 'ad', 'd'] as const;

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The statement that (re)creates a calendar's one-row lookup table `cal_<id>`: the
 * scalars origin, step, from, to (µs) and the lookup lists. Lists travel as bound
 * comma-separated text split and cast inside DuckDB, which is far cheaper than
 * parsing tens of thousands of literals.
 *
 * @example
 * const { sql, parameters } = calendarTableSql(buildCalendarLookup(expandCalendar(cal, '2024-01-01', '2029-01-01')));
 * await session.query({ sql, parameters }); // creates "cal_se_office"
 */
export function calendarTableSql(lookup: CalendarLookup): CompiledQuery {
  const parameters: unknown[] = [];
  const bind = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const list = (values: readonly number[], type: string) =>
    values.length === 0 ? `[]::${type}[]` : `string_split(${bind(values.join(','))}, ',')::${type}[]`;
  const columns = [
    `${bind(String(lookup.origin))}::bigint as origin`,
    `${bind(String(lookup.step))}::bigint as step`,
    `${bind(String(lookup.from))}::bigint as "from"`,
    `${bind(String(lookup.to))}::bigint as "to"`,
    ...bigintLists.map((name) => `${list(lookup[name], 'bigint')} as ${quote(name)}`),
    `${list(lookup.adc, 'double')} as adc`,
  ];
  return {
    sql: `create or replace table ${quote(calendarRelationName(lookup.calendar))} as select ${columns.join(', ')}`,
    parameters,
  };
}
