import { describe, expect, it } from 'vitest';
import { businessTimeReference } from './business-time-reference.js';
import { cumulativeAt } from './cumulative-at.js';
import { expandCalendar } from './expand-calendar.js';
import { at, handWorkedCases } from './hand-worked-cases.js';

describe('business time, by the reference and by the expanded calendar', () => {
  for (const c of handWorkedCases) {
    it(c.name, () => {
      const a = at(c.a);
      const b = at(c.b);
      const ref = businessTimeReference(c.calendar, a, b);
      expect(ref.seconds).toBe(c.seconds);
      if (c.days !== undefined) expect(ref.days).toBeCloseTo(c.days, 12);

      const e = expandCalendar(c.calendar, '2025-12-01', '2027-02-01');
      const ca = cumulativeAt(e, a)!;
      const cb = cumulativeAt(e, b)!;
      expect(Math.max(0, cb.seconds - ca.seconds)).toBe(c.seconds);
      if (c.days !== undefined) expect(Math.max(0, cb.days - ca.days)).toBeCloseTo(c.days, 12);
    });
  }
});

describe('cumulativeAt', () => {
  it('knows nothing before the expansion starts or from its end on', () => {
    const e = expandCalendar(handWorkedCases[0]!.calendar, '2026-04-01', '2026-05-01');
    expect(cumulativeAt(e, at('2026-03-31T23:59:59+02:00'))).toBeNull();
    expect(cumulativeAt(e, at('2026-05-01T00:00+02:00'))).toBeNull();
    expect(cumulativeAt(e, at('2026-04-01T00:00+02:00'))).toEqual({ seconds: 0, days: 0 });
  });
});
