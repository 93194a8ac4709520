import { describe, expect, it } from 'vitest';
import { compareValues, roundSignificant, statusOf, targetInForce } from './evaluate-status.js';

const base = { sample: 100, minSample: 30, target: null, thresholds: null } as const;

describe('targetInForce', () => {
  const targets = [
    { value: 10, from: '2025-01-01', until: '2025-12-31' },
    { value: 8, from: '2026-01-01' },
    { value: 7, from: '2026-07-01', until: '2026-09-30' },
  ];

  it('takes the target whose range holds the period’s first day', () => {
    expect(targetInForce(targets, { start: '2025-12-01' })).toBe(10);
    expect(targetInForce(targets, { start: '2026-03-01' })).toBe(8);
  });

  it('lets a later-starting target override an open-ended one while it runs', () => {
    expect(targetInForce(targets, { start: '2026-07-01' })).toBe(7);
    expect(targetInForce(targets, { start: '2026-10-01' })).toBe(8);
  });

  it('treats until as inclusive and gives null before any target starts', () => {
    expect(targetInForce(targets, { start: '2025-12-31' })).toBe(10);
    expect(targetInForce(targets, { start: '2024-06-01' })).toBeNull();
  });

  it('judges a period by the target in force on its first day, even if a new one starts mid-period', () => {
    // The quarter 2025-Q4 starts 2025-10-01, under the 2025 target.
    expect(targetInForce([{ value: 5, from: '2025-11-15' }, { value: 9 }], { start: '2025-10-01' })).toBe(9);
  });
});

describe('statusOf with thresholds', () => {
  const thresholds = { green: 8, amber: 12 };

  it('reads lower-is-better thresholds as ≤ green, ≤ amber, else red', () => {
    const s = (value: number) => statusOf({ ...base, value, direction: 'lower', thresholds });
    expect([s(7.9), s(8), s(8.1), s(12), s(12.1)]).toEqual(['green', 'green', 'amber', 'amber', 'red']);
  });

  it('reads higher-is-better thresholds as ≥ green, ≥ amber, else red', () => {
    const t = { green: 90, amber: 80 };
    const s = (value: number) => statusOf({ ...base, value, direction: 'higher', thresholds: t });
    expect([s(95), s(90), s(89.9), s(80), s(79.9)]).toEqual(['green', 'green', 'amber', 'amber', 'red']);
  });

  it('prefers thresholds over the target when both are given', () => {
    expect(statusOf({ ...base, value: 9, direction: 'lower', target: 8, thresholds })).toBe('amber');
  });
});

describe('statusOf without thresholds', () => {
  it('is green when the target is met and red otherwise', () => {
    expect(statusOf({ ...base, value: 8, direction: 'lower', target: 8 })).toBe('green');
    expect(statusOf({ ...base, value: 8.01, direction: 'lower', target: 8 })).toBe('red');
    expect(statusOf({ ...base, value: 70, direction: 'higher', target: 70 })).toBe('green');
    expect(statusOf({ ...base, value: 69, direction: 'higher', target: 70 })).toBe('red');
  });

  it('is no-target when neither a target nor thresholds apply', () => {
    expect(statusOf({ ...base, value: 3, direction: 'higher' })).toBe('no-target');
  });
});

describe('statusOf on thin data', () => {
  it('is insufficient below min_sample, never a false red', () => {
    expect(statusOf({ ...base, value: 50, sample: 29, direction: 'lower', target: 8 })).toBe('insufficient');
    expect(statusOf({ ...base, value: 50, sample: 30, direction: 'lower', target: 8 })).toBe('red');
  });

  it('is insufficient when a period has no value, even without a target', () => {
    expect(statusOf({ ...base, value: null, sample: 0, minSample: 1, direction: 'lower' })).toBe(
      'insufficient',
    );
  });
});

describe('compareValues', () => {
  it('gives current minus earlier, without floating-point noise', () => {
    // 9.4 − 10.1 = −0.7; plain JS subtraction gives −0.6999999999999993.
    expect(compareValues(9.4, 10.1, 'lower')).toEqual({ delta: -0.7, improved: true });
    expect(compareValues(9.4, 10.1, 'higher')).toEqual({ delta: -0.7, improved: false });
    expect(compareValues(72.5, 70, 'higher')).toEqual({ delta: 2.5, improved: true });
  });

  it('has no delta when either value is missing, and no improvement when nothing changed', () => {
    expect(compareValues(null, 3, 'lower')).toEqual({ delta: null, improved: null });
    expect(compareValues(3, null, 'lower')).toEqual({ delta: null, improved: null });
    expect(compareValues(3, 3, 'lower')).toEqual({ delta: 0, improved: null });
  });
});

describe('roundSignificant', () => {
  it('keeps twelve significant digits', () => {
    expect(roundSignificant(0.1 + 0.2)).toBe(0.3);
    expect(roundSignificant(123456.789)).toBe(123456.789);
  });
});
