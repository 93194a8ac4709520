import { describe, expect, it } from 'vitest';
import { dayNumber } from './civil-date.js';
import { offsetIn, tableLocalToInstant, zoneOffsets } from './zone-offsets.js';
import { instantToLocal, isKnownTimeZone, localToInstant, offsetSeconds } from './zoned-time.js';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('localToInstant', () => {
  const tz = 'Europe/Stockholm';
  it('reads winter and summer wall-clock time with +01:00 and +02:00', () => {
    expect(localToInstant(dayNumber(2026, 1, 15), 8 * 3600, tz)).toBe(at('2026-01-15T08:00+01:00'));
    expect(localToInstant(dayNumber(2026, 7, 15), 8 * 3600, tz)).toBe(at('2026-07-15T08:00+02:00'));
  });

  it('moves a time skipped by the spring change forward by the hour skipped', () => {
    // 2026-03-29 02:30 does not exist in Stockholm; read with +01:00 it is 01:30Z = 03:30 CEST
    expect(localToInstant(dayNumber(2026, 3, 29), 2.5 * 3600, tz)).toBe(at('2026-03-29T01:30Z'));
  });

  it('takes the first of the two 02:30s of the autumn change', () => {
    expect(localToInstant(dayNumber(2026, 10, 25), 2.5 * 3600, tz)).toBe(at('2026-10-25T02:30+02:00'));
    expect(localToInstant(dayNumber(2026, 10, 25), 3 * 3600, tz)).toBe(at('2026-10-25T03:00+01:00'));
  });

  it('round-trips through instantToLocal', () => {
    expect(instantToLocal(at('2026-10-25T12:00+01:00'), tz)).toEqual({
      day: dayNumber(2026, 10, 25),
      seconds: 12 * 3600,
    });
  });

  it('knows offsets of zones west of Greenwich and half-hour zones', () => {
    expect(offsetSeconds(at('2026-01-15T12:00Z'), 'America/New_York')).toBe(-5 * 3600);
    expect(offsetSeconds(at('2026-01-15T12:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3600);
    expect(isKnownTimeZone('Europe/Stockholm')).toBe(true);
    expect(isKnownTimeZone('Europe/Stockholmm')).toBe(false);
  });
});

describe('zoneOffsets', () => {
  it('finds the two 2026 Stockholm changes to the second', () => {
    const z = zoneOffsets('Europe/Stockholm', at('2026-01-01T00:00Z'), at('2027-01-01T00:00Z'));
    // EU rule: last Sunday of March and October at 01:00 UTC
    expect(z.starts.slice(1)).toEqual([at('2026-03-29T01:00Z'), at('2026-10-25T01:00Z')]);
    expect(z.offsets).toEqual([3600, 7200, 3600]);
    expect(offsetIn(z, at('2026-03-29T00:59:59Z'))).toBe(3600);
  });

  it('converts wall-clock time exactly as the direct Intl conversion does, hour by hour through 2026', () => {
    const tz = 'Europe/Stockholm';
    const z = zoneOffsets(tz, at('2025-12-25T00:00Z'), at('2027-01-05T00:00Z'));
    for (let day = dayNumber(2026, 1, 1); day < dayNumber(2027, 1, 1); day++) {
      for (let s = 0; s <= 86400; s += 1800) {
        expect(tableLocalToInstant(z, day, s)).toBe(localToInstant(day, s, tz));
      }
    }
  });
});
