import { describe, expect, test } from 'vitest';
import { offsetSpans } from './icu-shim.js';

describe('offsetSpans', () => {
  test('Stockholm 2026 changes to summer time on 29 March and back on 25 October, at 01:00 UTC', () => {
    // EU rule: the last Sundays of March and October, 01:00 UTC; CET is +1 h, CEST +2 h.
    const spans = offsetSpans('Europe/Stockholm', 2026, 2026);
    expect(spans.map((s) => [s.fromMicros, s.offsetSeconds])).toEqual([
      [Number.MIN_SAFE_INTEGER, 3600],
      [Date.UTC(2026, 2, 29, 1) * 1000, 7200],
      [Date.UTC(2026, 9, 25, 1) * 1000, 3600],
    ]);
  });

  test('a zone without daylight saving has a single span, half hours included', () => {
    // India: +5:30 all year = 5.5 × 3600 = 19,800 s.
    expect(offsetSpans('Asia/Kolkata', 2025, 2027).map((s) => s.offsetSeconds)).toEqual([19_800]);
  });

  test('Adelaide moves between +9:30 and +10:30, in the southern summer', () => {
    // 2026: DST ends first Sunday of April (5 April, 03:00 local +10:30 = 16:30 UTC on 4 April),
    // starts first Sunday of October (4 October, 02:00 local +9:30 = 16:30 UTC on 3 October).
    const spans = offsetSpans('Australia/Adelaide', 2026, 2026);
    expect(spans.map((s) => [s.fromMicros, s.offsetSeconds])).toEqual([
      [Number.MIN_SAFE_INTEGER, 37_800],
      [Date.UTC(2026, 3, 4, 16, 30) * 1000, 34_200],
      [Date.UTC(2026, 9, 3, 16, 30) * 1000, 37_800],
    ]);
  });
});
