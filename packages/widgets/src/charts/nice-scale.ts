/** A linear axis domain rounded outwards to "nice" ticks (1, 2, 2.5 or 5 × 10ⁿ). */
export interface NiceScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
}

function niceStep(roughStep: number): number {
  const exponent = Math.floor(Math.log10(roughStep));
  const power = 10 ** exponent;
  const fraction = roughStep / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Rounds a data range out to nice ticks, at most `maxTicks` of them. A flat range is widened
 * so the line sits mid-chart; a range of non-negative values starts at 0 when 0 is close.
 *
 * @example
 * niceScale(7.1, 11.8); // { min: 6, max: 12, step: 2, ticks: [6, 8, 10, 12] }
 */
export function niceScale(dataMin: number, dataMax: number, maxTicks = 5): NiceScale {
  let lo = Math.min(dataMin, dataMax);
  let hi = Math.max(dataMin, dataMax);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = 0;
    hi = 1;
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  // Anchor at zero when the data sits within its own span of zero: bars and rates read honestly.
  if (lo > 0 && lo < hi - lo) lo = 0;
  const step = niceStep((hi - lo) / Math.max(1, maxTicks - 1));
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const round = (v: number) => Number(v.toFixed(decimals));
  const min = round(Math.floor(lo / step) * step);
  const max = round(Math.ceil(hi / step) * step);
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(round(v));
  return { min, max, step, ticks };
}
