/**
 * Wall-clock time in an IANA zone ↔ instants, with `Intl` only (no dependency).
 * Instants are whole seconds since 1970-01-01T00:00:00Z.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the IANA zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's offset from UTC, in seconds, at an instant (positive east of Greenwich).
 *
 * @example
 * offsetSeconds(Date.UTC(2026, 0, 15) / 1000, 'Europe/Stockholm'); // 3600 (CET)
 * offsetSeconds(Date.UTC(2026, 6, 15) / 1000, 'Europe/Stockholm'); // 7200 (CEST)
 */
export function offsetSeconds(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant * 1000));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = era === 'BC' || era === 'B' ? 1 - get('year') : get('year');
  const asUtc = Date.UTC(2000, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  // Date.UTC maps years 0–99 to 1900s, so the year is set separately.
  const d = new Date(asUtc);
  d.setUTCFullYear(year);
  return Math.round(d.getTime() / 1000) - instant;
}

/**
 * The instant at which a zone's clocks show `seconds` after local midnight of day
 * `day` (days since 1970-01-01). Resolved like Temporal's `compatible` option: a wall
 * time skipped by a spring-forward gap moves forward by the gap's length; a wall time
 * that occurs twice in the autumn takes the earlier instant.
 *
 * @example
 * // 2026-03-29 08:00 in Stockholm, the first morning of summer time, is 06:00Z.
 * localToInstant(20541, 8 * 3600, 'Europe/Stockholm'); // 1774764000
 */
export function localToInstant(day: number, seconds: number, timeZone: string): number {
  const local = day * 86400 + seconds;
  const before = offsetSeconds(local - 86400, timeZone);
  const after = offsetSeconds(local + 86400, timeZone);
  if (before === after) return local - before;
  const early = local - before;
  const late = local - after;
  const earlyValid = offsetSeconds(early, timeZone) === before;
  const lateValid = offsetSeconds(late, timeZone) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  // In the gap: read the wall time with the offset in force before the jump.
  return early;
}

/**
 * The local day number (days since 1970-01-01) and seconds after local midnight of
 * an instant in a zone.
 *
 * @example
 * instantToLocal(1774764000, 'Europe/Stockholm'); // { day: 20541, seconds: 28800 }
 */
export function instantToLocal(instant: number, timeZone: string): { day: number; seconds: number } {
  const local = instant + offsetSeconds(instant, timeZone);
  const day = Math.floor(local / 86400);
  return { day, seconds: local - day * 86400 };
}
