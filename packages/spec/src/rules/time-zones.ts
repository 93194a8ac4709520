import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import { suggestName } from '../suggest-name.js';
import { didYouMean, indexDocs } from './doc-index.js';

const known = new Map<string, boolean>();

/**
 * True when the runtime's Intl knows the IANA zone (Node and browsers ship the full database).
 *
 * @example
 * isTimeZone('Europe/Stockholm'); // true
 * isTimeZone('Europe/Stokholm');  // false
 */
export function isTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

/**
 * Sources and calendars name real IANA time zones.
 *
 * @example
 * timeZones(docs)[0]?.message; // '"Europe/Stokholm" is not a known time zone.'
 */
export function timeZones(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  const zoned = [...index.sources, ...index.calendars].map((t) => ({ doc: t.doc, zone: t.data.time_zone }));
  const issues: Issue[] = [];
  for (const { doc, zone } of zoned) {
    if (zone === undefined || isTimeZone(zone)) continue;
    const suggestion = didYouMean(suggestName(zone, Intl.supportedValuesOf('timeZone')));
    issues.push(createIssue('KPI0314', { zone, suggestion }, locate(doc, ['time_zone'])));
  }
  return issues;
}
