import { type Lang, locales, messages } from './messages.js';

function utcDate(year: number, month: number, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function dateText(date: Date, lang: Lang, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locales[lang], { ...options, timeZone: 'UTC' }).format(date);
}

/**
 * Names a period key from a snapshot in words: '2026-10' → "October 2026" / "oktober 2026",
 * '2026-W43' → "week 43, 2026" / "vecka 43, 2026", '2026-Q4' → "Q4 2026" / "kv. 4 2026",
 * '2026-10-31' → "31 October 2026", '2026' → "2026". Unknown keys are returned as they are.
 *
 * @example
 * formatPeriod('2026-10', 'sv'); // 'oktober 2026'
 */
export function formatPeriod(key: string, lang: Lang): string {
  const m = messages(lang);
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (match) {
    const date = utcDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return dateText(date, lang, { day: 'numeric', month: 'long', year: 'numeric' });
  }
  match = /^(\d{4})-W(\d{1,2})$/.exec(key);
  if (match) return `${m.week} ${Number(match[2])}, ${match[1]}`;
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) return lang === 'sv' ? `${m.quarter} ${match[2]} ${match[1]}` : `Q${match[2]} ${match[1]}`;
  match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match)
    return dateText(utcDate(Number(match[1]), Number(match[2])), lang, { month: 'long', year: 'numeric' });
  return key;
}

/** A compact axis label for a period, and the year to show under it when the year changes. */
export interface PeriodLabel {
  readonly label: string;
  readonly year: string;
}

/**
 * Short label for a chart axis: 'Oct' / 'okt.', 'W43' / 'v. 43', 'Q4' / 'kv. 4', '31 Oct', '2026'.
 *
 * @example
 * formatPeriodShort('2026-10', 'en'); // { label: 'Oct', year: '2026' }
 */
export function formatPeriodShort(key: string, lang: Lang): PeriodLabel {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (match) {
    const date = utcDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return { label: dateText(date, lang, { day: 'numeric', month: 'short' }), year: match[1]! };
  }
  match = /^(\d{4})-W(\d{1,2})$/.exec(key);
  if (match)
    return { label: lang === 'sv' ? `v. ${Number(match[2])}` : `W${Number(match[2])}`, year: match[1]! };
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) return { label: lang === 'sv' ? `kv. ${match[2]}` : `Q${match[2]}`, year: match[1]! };
  match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match) {
    return {
      label: dateText(utcDate(Number(match[1]), Number(match[2])), lang, { month: 'short' }),
      year: match[1]!,
    };
  }
  return { label: key, year: '' };
}

/** An ISO 8601 date-time: the local date and time as written, then an optional UTC offset. */
const instantPattern =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Formats an ISO 8601 date-time as the wall-clock date and time written in it: the
 * source's local time, whatever the reader's time zone. '2026-10-31T23:28:00+01:00' is
 * "31 Oct 2026, 23:28" in New York as in Stockholm, not 18:28 or 22:28. (Reading the
 * written fields as UTC is the instant shifted by its offset, so Intl formats them with
 * timeZone 'UTC' and the browser's zone never enters.) Text that is not such a date-time
 * comes back unchanged.
 *
 * @example
 * formatInstant('2026-10-31T16:59:00+01:00', 'en'); // '31 Oct 2026, 16:59' in any time zone
 * formatInstant('2026-10-31T16:59:00+01:00', 'sv'); // '31 okt. 2026 16:59'
 */
export function formatInstant(iso: string, lang: Lang): string {
  const match = instantPattern.exec(iso.trim());
  if (!match) return iso;
  const wallClock = new Date(`${match[1]}T${match[2]}Z`);
  if (Number.isNaN(wallClock.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(wallClock);
}
