import { describe, expect, test } from 'vitest';
import { niceScale } from './nice-scale.js';
import { thresholdBands } from './threshold-bands.js';

describe('niceScale', () => {
  test('rounds 7.1–11.8 out to ticks of 2 from 6 to 12', () => {
    // span 4.7 / 4 intervals = 1.175 → next nice step 2; floor(7.1/2)·2 = 6, ceil(11.8/2)·2 = 12
    expect(niceScale(7.1, 11.8)).toEqual({ min: 6, max: 12, step: 2, ticks: [6, 8, 10, 12] });
  });

  test('starts at zero when the data lies within its own span of zero', () => {
    // 3 < 97 − 3, so the axis starts at 0; 97 / 4 = 24.25 → step 25; ceil(97/25)·25 = 100
    expect(niceScale(3, 97).ticks).toEqual([0, 25, 50, 75, 100]);
  });

  test('widens a flat range around its value', () => {
    // 0..0 widens to −1..1; 2 / 4 = 0.5 → step 0.5
    expect(niceScale(0, 0).ticks).toEqual([-1, -0.5, 0, 0.5, 1]);
  });
});

describe('thresholdBands', () => {
  test('lower is better: green below the green threshold, red above amber', () => {
    expect(thresholdBands({ green: 8, amber: 12 }, 'lower', 6, 16)).toEqual([
      { status: 'green', from: 6, to: 8 },
      { status: 'amber', from: 8, to: 12 },
      { status: 'red', from: 12, to: 16 },
    ]);
  });

  test('higher is better: red below amber, green above the green threshold', () => {
    expect(thresholdBands({ green: 95, amber: 90 }, 'higher', 85, 100)).toEqual([
      { status: 'red', from: 85, to: 90 },
      { status: 'amber', from: 90, to: 95 },
      { status: 'green', from: 95, to: 100 },
    ]);
  });

  test('bands outside the visible range are left out', () => {
    expect(thresholdBands({ green: 95, amber: 90 }, 'higher', 96, 100)).toEqual([
      { status: 'green', from: 96, to: 100 },
    ]);
  });
});
