import type { Direction, Thresholds } from '@nyckeltal/spec';

/** A horizontal region of a chart and the status values in it get. */
export interface Band {
  readonly status: 'green' | 'amber' | 'red';
  readonly from: number;
  readonly to: number;
}

/**
 * The green, amber and red regions of a chart's value axis, read with the KPI's direction
 * (lower: ≤ green is green, ≤ amber amber, above red; higher: ≥ green, ≥ amber, below),
 * clipped to the visible domain. Empty regions are left out.
 *
 * @example
 * thresholdBands({ green: 8, amber: 12 }, 'lower', 0, 16);
 * // [{ status: 'green', from: 0, to: 8 }, { status: 'amber', from: 8, to: 12 }, { status: 'red', from: 12, to: 16 }]
 */
export function thresholdBands(
  thresholds: Thresholds,
  direction: Direction,
  min: number,
  max: number,
): Band[] {
  const { green, amber } = thresholds;
  const raw: Band[] =
    direction === 'lower'
      ? [
          { status: 'green', from: -Infinity, to: green },
          { status: 'amber', from: green, to: amber },
          { status: 'red', from: amber, to: Infinity },
        ]
      : [
          { status: 'red', from: -Infinity, to: amber },
          { status: 'amber', from: amber, to: green },
          { status: 'green', from: green, to: Infinity },
        ];
  return raw
    .map((b) => ({ status: b.status, from: Math.max(min, b.from), to: Math.min(max, b.to) }))
    .filter((b) => b.to > b.from);
}
