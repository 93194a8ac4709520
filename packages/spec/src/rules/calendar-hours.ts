import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type DocPath, type LoadedDoc, locate } from '../load/loaded-doc.js';
import type { Weekday } from '../model.js';
import { expandDays, parseHours } from '../normalize/parse-hours.js';
import { findOverlap } from './date-ranges.js';
import { indexDocs } from './doc-index.js';

/**
 * A calendar's working hours make sense: one of `hours` or `schedules`; every range reads
 * as HH:MM-HH:MM in order without overlaps; no weekday given twice in one week; schedules'
 * date ranges do not overlap; special days' hours read too.
 *
 * @example
 * calendarHours(docs)[0]?.message; // 'The hours "17:00-08:00" for fri in calendar "se-office" are not valid: 17:00 is not before 08:00.'
 */
export function calendarHours(docs: readonly LoadedDoc[]): Issue[] {
  const issues: Issue[] = [];
  for (const cal of indexDocs(docs).calendars) {
    const id = cal.data.id;
    const { hours, schedules } = cal.data;
    if (hours !== undefined && schedules !== undefined) {
      issues.push(
        createIssue(
          'KPI0318',
          { calendar: id, detail: 'has both "hours" and "schedules"' },
          locate(cal.doc, ['schedules']),
        ),
      );
    } else if (hours === undefined && schedules === undefined) {
      issues.push(
        createIssue('KPI0318', { calendar: id, detail: 'has no working hours' }, locate(cal.doc, [])),
      );
    }
    // The schema allows only day keys with text values; FromSchema types patternProperties as unknown.
    type Week = Readonly<Record<string, string>>;
    const weeks: { hours: Week; path: DocPath }[] = [];
    if (hours) weeks.push({ hours: hours as Week, path: ['hours'] });
    (schedules ?? []).forEach((s, i) => {
      weeks.push({ hours: s.hours as Week, path: ['schedules', i, 'hours'] });
    });
    for (const week of weeks) {
      const seen = new Map<Weekday, string>();
      for (const [key, text] of Object.entries(week.hours)) {
        const at = locate(cal.doc, [...week.path, key]);
        const parsed = parseHours(text);
        if (parsed.error)
          issues.push(
            createIssue('KPI0316', { hours: text, days: key, calendar: id, detail: parsed.error }, at),
          );
        for (const day of expandDays(key)) {
          const first = seen.get(day);
          if (first !== undefined) {
            issues.push(createIssue('KPI0317', { calendar: id, day, first, second: key }, at));
            break;
          }
          seen.set(day, key);
        }
      }
    }
    for (const [day, text] of Object.entries(cal.data.special_days ?? {})) {
      const parsed = parseHours(text);
      if (!parsed.error) continue;
      const params = { hours: text, days: day, calendar: id, detail: parsed.error };
      issues.push(createIssue('KPI0316', params, locate(cal.doc, ['special_days', day])));
    }
    const before = cal.data.before_holiday;
    const parsedBefore = before === undefined ? undefined : parseHours(before);
    if (before !== undefined && parsedBefore?.error) {
      const params = {
        hours: before,
        days: 'the day before a holiday',
        calendar: id,
        detail: parsedBefore.error,
      };
      issues.push(createIssue('KPI0316', params, locate(cal.doc, ['before_holiday'])));
    }
    const overlap = findOverlap(schedules ?? []);
    if (overlap) {
      const params = { first: overlap.first + 1, second: overlap.second + 1, calendar: id, day: overlap.day };
      issues.push(createIssue('KPI0319', params, locate(cal.doc, ['schedules', overlap.second])));
    }
  }
  return issues;
}
