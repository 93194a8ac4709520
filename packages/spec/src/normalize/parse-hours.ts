import type { DayInterval, Weekday } from '../model.js';

export const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * Reads working hours such as "08:00-12:00, 13:00-17:00" into intervals of minutes after
 * midnight (end exclusive). "24:00" is allowed as an end. Intervals must be in order and
 * must not overlap; the reason is returned when they are not.
 *
 * @example
 * parseHours('08:00-12:00, 13:00-17:00'); // { intervals: [{ start: 480, end: 720 }, { start: 780, end: 1020 }] }
 * parseHours('17:00-08:00').error;        // '17:00 is not before 08:00'
 */
export function parseHours(text: string): { intervals: DayInterval[]; error?: string } {
  const intervals: DayInterval[] = [];
  for (const part of text.split(',')) {
    const match = /^\s*(\d{2}):(\d{2})\s*-\s*(\d{2}):(\d{2})\s*$/.exec(part);
    if (!match) return { intervals, error: `"${part.trim()}" is not written HH:MM-HH:MM` };
    const [, h1, m1, h2, m2] = match;
    const start = toMinutes(h1!, m1!);
    const end = toMinutes(h2!, m2!);
    const from = `${h1}:${m1}`;
    const to = `${h2}:${m2}`;
    if (start === undefined || start >= 24 * 60) return { intervals, error: `${from} is not a time of day` };
    if (end === undefined) return { intervals, error: `${to} is not a time of day` };
    if (start >= end) return { intervals, error: `${from} is not before ${to}` };
    const previous = intervals[intervals.length - 1];
    if (previous && start < previous.end)
      return { intervals, error: `${from}-${to} overlaps or comes before the range ahead of it` };
    intervals.push({ start, end });
  }
  return { intervals };
}

function toMinutes(hours: string, minutes: string): number | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59 || h > 24 || (h === 24 && m > 0)) return undefined;
  return h * 60 + m;
}

/**
 * The weekdays a key of `hours:` covers: a single day ("fri") or a range ("mon-thu").
 * A range that runs past Sunday wraps ("fri-mon" is fri, sat, sun, mon).
 *
 * @example
 * expandDays('mon-thu'); // ['mon', 'tue', 'wed', 'thu']
 */
export function expandDays(key: string): Weekday[] {
  const [first, last = first] = key.split('-') as [Weekday, Weekday?];
  const from = weekdays.indexOf(first);
  const to = weekdays.indexOf(last);
  if (from < 0 || to < 0) return [];
  const days: Weekday[] = [];
  for (let i = from; ; i = (i + 1) % 7) {
    days.push(weekdays[i]!);
    if (i === to) break;
  }
  return days;
}
