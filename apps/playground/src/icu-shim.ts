import { offsetSeconds } from '@nyckeltal/spec';
import type { SqlRunner } from './browser-duckdb.js';

/** One span of constant UTC offset in a zone, from an instant on (µs since the epoch). */
export interface OffsetSpan {
  readonly zone: string;
  readonly fromMicros: number;
  readonly offsetSeconds: number;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * The offset spans of a zone between two years (inclusive), found with the browser's own
 * time-zone data (Intl, through spec's `offsetSeconds`): a probe each day, and a bisection
 * to the second where the offset changes. The first span starts at the epoch's minimum so
 * every instant before the range keeps the first offset.
 *
 * @example
 * offsetSpans('Europe/Stockholm', 2026, 2026);
 * // [{ fromMicros: -9.2e18, offsetSeconds: 3600 }, { fromMicros: 1774746000000000, offsetSeconds: 7200 }, …]
 */
export function offsetSpans(zone: string, firstYear: number, lastYear: number): OffsetSpan[] {
  const start = Date.UTC(firstYear, 0, 1) / 1000;
  const end = Date.UTC(lastYear + 1, 0, 1) / 1000;
  let current = offsetSeconds(start, zone);
  const spans: OffsetSpan[] = [{ zone, fromMicros: Number.MIN_SAFE_INTEGER, offsetSeconds: current }];
  for (let t = start + DAY; t <= end; t += DAY) {
    const next = offsetSeconds(t, zone);
    if (next === current) continue;
    let lo = t - DAY; // offset `current` here
    let hi = t; // offset `next` here
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetSeconds(mid, zone) === current) lo = mid;
      else hi = mid;
    }
    spans.push({ zone, fromMicros: hi * 1_000_000, offsetSeconds: next });
    current = next;
  }
  return spans;
}

/**
 * Stands in for the two ICU functions the compiled SQL uses, in DuckDB-Wasm, whose npm
 * bundle has no ICU built in (it downloads the extension at run time, even with
 * autoloading switched off, which a page that must work offline cannot):
 * - `timezone(zone, timestamptz) → local timestamp`, to cut periods in the source's zone:
 *   the macro adds the offset in force at the instant, from a table of offset spans
 *   computed by `offsetSpans` for the zones and years given. An instant outside the years
 *   keeps the offset of the nearest span before it, so give the data's years plus one
 *   either side.
 * - `epoch(timestamptz)`, for `hours_between` and its kin: seconds since the epoch,
 *   from `epoch_us`, which the core has (a TIMESTAMPTZ, a TIMESTAMP or a DATE read as UTC
 *   give the same count of seconds, since no zone enters the difference of two of them).
 *
 * @example
 * await installIcuShim(db, ['Europe/Stockholm'], 2024, 2027);
 * await db.query("select timezone('Europe/Stockholm', to_timestamp(1774747800)) as local");
 * // [{ local: '2026-03-29T03:30:00.000Z' }]  (03:30 CEST, shown as a zone-less timestamp)
 */
export async function installIcuShim(
  db: SqlRunner,
  zones: readonly string[],
  firstYear: number,
  lastYear: number,
): Promise<void> {
  const spans = [...new Set(zones)].flatMap((z) => offsetSpans(z, firstYear, lastYear));
  const values = spans
    .map((s) => `('${s.zone.replaceAll("'", "''")}', ${s.fromMicros}::bigint, ${s.offsetSeconds})`)
    .join(', ');
  await db.execute(
    `create or replace table nyk_tz_offsets as select * from (values ${values}) t(zone, from_us, offset_s)`,
  );
  await db.execute(
    `create or replace macro timezone(z, t) as cast(t as timestamp) + to_seconds((
       select arg_max(offset_s, from_us) from nyk_tz_offsets where zone = z and from_us <= epoch_us(t)))`,
  );
  await db.execute('create or replace macro epoch(t) as epoch_us(cast(t as timestamp)) / 1000000.0');
}
