import type { SnapshotKpi } from '@nyckeltal/spec';
import { type NiceScale, niceScale } from './nice-scale.js';
import { type Band, thresholdBands } from './threshold-bands.js';

/** Where everything in a trend chart goes, in SVG user units; pure, so it is tested alone. */
export interface TrendGeometry {
  readonly scale: NiceScale;
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /** Horizontal centre of period i. */
  readonly x: (i: number) => number;
  readonly y: (value: number) => number;
  readonly slot: number;
  readonly bands: readonly Band[];
  /** Indexes of the periods that get an axis label, always including the latest. */
  readonly labelled: readonly number[];
}

/**
 * Lays out a trend chart of `width × height`: the value domain covers the series and its
 * targets on nice ticks, periods sit in equal slots, bands come from the thresholds.
 *
 * @example
 * const g = trendGeometry(kpi, 600, 240, 48);
 * g.y(g.scale.max); // g.plot.top
 */
export function trendGeometry(
  kpi: SnapshotKpi,
  width: number,
  height: number,
  leftMargin: number,
): TrendGeometry {
  const values: number[] = [];
  for (const p of kpi.series) {
    if (p.value !== null) values.push(p.value);
    if (p.target !== null) values.push(p.target);
  }
  if (kpi.target !== null) values.push(kpi.target);
  // 8% headroom keeps a target or extreme value off the chart's edge, where it would hide.
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.08;
  const scale = niceScale(
    lo >= 0 ? Math.max(0, lo - pad) : lo - pad,
    hi + pad,
    Math.max(3, Math.min(6, Math.floor(height / 45))),
  );
  const plot = { left: leftMargin, right: width - 12, top: 10, bottom: height - 36 };
  const n = Math.max(1, kpi.series.length);
  const slot = (plot.right - plot.left) / n;
  const x = (i: number) => plot.left + slot * (i + 0.5);
  const y = (v: number) =>
    plot.bottom - ((v - scale.min) / (scale.max - scale.min)) * (plot.bottom - plot.top);
  const bands = kpi.thresholds ? thresholdBands(kpi.thresholds, kpi.direction, scale.min, scale.max) : [];
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((plot.right - plot.left) / 52))));
  const labelled: number[] = [];
  for (let i = n - 1; i >= 0; i -= every) labelled.unshift(i);
  return { scale, plot, x, y, slot, bands, labelled };
}

/**
 * The target as a step line: flat across each period's slot, so a target that changes
 * mid-series (time-phased targets) steps where it changed. Empty without targets.
 *
 * @example
 * targetPath([8, 8, 6], g); // 'M… …H…L… …H…'
 */
export function targetPath(targets: readonly (number | null)[], g: TrendGeometry): string {
  let d = '';
  let pen = false;
  targets.forEach((t, i) => {
    if (t === null) {
      pen = false;
      return;
    }
    const x0 = Math.round(g.x(i) - g.slot / 2);
    const x1 = Math.round(g.x(i) + g.slot / 2);
    const yy = Math.round(g.y(t) * 10) / 10;
    d += `${pen ? 'L' : 'M'}${x0} ${yy}H${x1}`;
    pen = true;
  });
  return d;
}
