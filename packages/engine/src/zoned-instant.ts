const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, timeZone: string): Record<string, string> {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
}

/**
 * The local calendar date of an instant in a zone.
 *
 * @example
 * localDate('2026-10-31T23:00:00.000Z', 'Europe/Stockholm'); // '2026-11-01'
 */
export function localDate(iso: string, timeZone: string): string {
  const p = partsIn(new Date(iso), timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * An instant written as local time in a zone with its offset, to the second.
 *
 * @example
 * zonedIso('2026-10-31T15:59:00.000Z', 'Europe/Stockholm'); // '2026-10-31T16:59:00+01:00'
 */
export function zonedIso(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  const p = partsIn(instant, timeZone);
  const local = `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round((Date.parse(`${local}Z`) - wholeSeconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
