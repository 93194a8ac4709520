import { describe, expect, it } from 'vitest';
import { localDate, zonedIso } from './zoned-instant.js';

describe('localDate', () => {
  it('gives the date on the local calendar, which can be a day after the UTC date', () => {
    // 23:00Z on 31 Oct is midnight 1 Nov in Stockholm (CET, +1).
    expect(localDate('2026-10-31T23:00:00.000Z', 'Europe/Stockholm')).toBe('2026-11-01');
    expect(localDate('2026-10-31T22:59:59.000Z', 'Europe/Stockholm')).toBe('2026-10-31');
  });
});

describe('zonedIso', () => {
  it('writes local time with the offset in force at that instant', () => {
    expect(zonedIso('2026-10-31T15:59:00.000Z', 'Europe/Stockholm')).toBe('2026-10-31T16:59:00+01:00');
    expect(zonedIso('2026-07-01T10:00:00.000Z', 'Europe/Stockholm')).toBe('2026-07-01T12:00:00+02:00');
    expect(zonedIso('2026-07-01T10:00:00.000Z', 'America/New_York')).toBe('2026-07-01T06:00:00-04:00');
    expect(zonedIso('2026-07-01T10:00:00.000Z', 'UTC')).toBe('2026-07-01T10:00:00+00:00');
  });

  it('tells apart the two 02:30s of the night summer time ends', () => {
    expect(zonedIso('2026-10-25T00:30:00.000Z', 'Europe/Stockholm')).toBe('2026-10-25T02:30:00+02:00');
    expect(zonedIso('2026-10-25T01:30:00.000Z', 'Europe/Stockholm')).toBe('2026-10-25T02:30:00+01:00');
  });
});
