import { describe, expect, it } from 'vitest';
import { buildCalendarLookup, lookupCumulative } from './calendar-lookup.js';
import { cumulativeAt } from './cumulative-at.js';
import { expandCalendar } from './expand-calendar.js';
import { allHours, at, handWorkedCases, lunch, office9 } from './hand-worked-cases.js';

describe('buildCalendarLookup', () => {
  it('uses day buckets for one stretch a day and smaller ones when a day has two starts', () => {
    // 08:00–17:00 starts once a day (06:00Z or 07:00Z): one UTC day per bucket.
    expect(buildCalendarLookup(expandCalendar(office9, '2026-01-01', '2027-01-01')).step).toBe(86400e6);
    // 08:00 and 13:00 starts are 5 h apart; 6 h buckets from UTC midnight would put 06:00Z
    // and 11:00Z (summer) together, 4 h buckets never do.
    expect(buildCalendarLookup(expandCalendar(lunch, '2026-01-01', '2027-01-01')).step).toBe(14400e6);
  });

  it('covers whole buckets inside the expansion and nothing outside', () => {
    const e = expandCalendar(office9, '2026-01-01', '2026-02-01');
    const lookup = buildCalendarLookup(e);
    // 2026-01-01 00:00 CET is 2025-12-31T23:00Z; the first whole UTC day starts 2026-01-01T00:00Z.
    expect(lookup.from).toBe(at('2026-01-01T00:00Z') * 1e6);
    expect(lookup.to).toBe(at('2026-01-31T00:00Z') * 1e6);
    expect(lookup.p.length).toBe(30);
    expect(lookupCumulative(lookup, lookup.from - 1)).toBeNull();
    expect(lookupCumulative(lookup, lookup.to)).toBeNull();
  });

  for (const c of handWorkedCases) {
    it(`gives the hand-worked answer: ${c.name}`, () => {
      const lookup = buildCalendarLookup(expandCalendar(c.calendar, '2025-12-01', '2027-02-01'));
      const a = lookupCumulative(lookup, at(c.a) * 1e6)!;
      const b = lookupCumulative(lookup, at(c.b) * 1e6)!;
      expect(Math.max(b.micros - a.micros, 0) / 1e6).toBe(c.seconds);
      if (c.days !== undefined) expect(Math.max(b.days - a.days, 0)).toBeCloseTo(c.days, 9);
    });
  }

  it('agrees with the interval search at every quarter hour of March 2026 for two calendars', () => {
    for (const cal of [lunch, allHours]) {
      const e = expandCalendar(cal, '2026-02-01', '2026-05-01');
      const lookup = buildCalendarLookup(e);
      const zero = lookupCumulative(lookup, lookup.from)!;
      const zeroRef = cumulativeAt(e, lookup.from / 1e6)!;
      for (let t = at('2026-03-01T00:00Z'); t < at('2026-04-01T00:00Z'); t += 900) {
        const got = lookupCumulative(lookup, t * 1e6)!;
        const want = cumulativeAt(e, t)!;
        expect(got.micros - zero.micros).toBe((want.seconds - zeroRef.seconds) * 1e6);
        expect(got.days - zero.days).toBeCloseTo(want.days - zeroRef.days, 9);
      }
    }
  });
});
