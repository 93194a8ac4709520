/** A range of days, inclusive at both ends; an absent end is open. */
export interface DayRange {
  readonly from?: string;
  readonly until?: string;
}

/**
 * The first pair of ranges that share a day, with that first shared day (or a phrase when
 * both are open at the start). ISO dates compare correctly as strings.
 *
 * @example
 * findOverlap([{ from: '2026-01-01', until: '2026-06-30' }, { from: '2026-06-01' }]);
 * // { first: 0, second: 1, day: '2026-06-01' }
 */
export function findOverlap(
  ranges: readonly DayRange[],
): { first: number; second: number; day: string } | undefined {
  for (let b = 1; b < ranges.length; b++) {
    for (let a = 0; a < b; a++) {
      const x = ranges[a]!;
      const y = ranges[b]!;
      if (isEmpty(x) || isEmpty(y)) continue;
      const start = maxDate(x.from, y.from);
      const end = minDate(x.until, y.until);
      if (start !== undefined && end !== undefined && start > end) continue;
      const day = start ?? (end !== undefined ? `every day until ${end}` : 'every day');
      return { first: a, second: b, day };
    }
  }
  return undefined;
}

function isEmpty(range: DayRange): boolean {
  return range.from !== undefined && range.until !== undefined && range.from > range.until;
}

function maxDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function minDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}
