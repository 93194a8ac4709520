/**
 * The name of the one-row table the engine creates for a calendar's lookup lists and
 * the compiled SQL cross joins: `cal_` followed by the id with every character outside
 * [a-z0-9_] replaced by `_` (as for sources' `src_` views).
 *
 * @example
 * calendarRelationName('se-office'); // 'cal_se_office'
 */
export function calendarRelationName(calendarId: string): string {
  return `cal_${calendarId.replace(/[^a-z0-9_]/g, '_')}`;
}
