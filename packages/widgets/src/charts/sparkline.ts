import type { SeriesPoint } from '@nyckeltal/spec';
import { html, nothing, svg, type TemplateResult } from 'lit';

const W = 100;
const H = 32;

/**
 * Builds an SVG path through the non-null points, lifting the pen over gaps (periods
 * without rows), so a missing month never reads as a dip to zero.
 *
 * @example
 * linePath([{ x: 0, y: 1 }, null, { x: 2, y: 3 }]); // 'M0 1M2 3'
 */
export function linePath(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`;
    pen = true;
  }
  return d;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * A compact trend line for a card: the series, a shaded area, the target as a dashed line
 * and a dot on the latest value. Decorative: the card puts the series in a hidden table.
 *
 * @example
 * html`${sparkline(kpi.series, kpi.target)}`
 */
export function sparkline(
  series: readonly SeriesPoint[],
  target: number | null,
): TemplateResult | typeof nothing {
  const values = series.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length < 2) return nothing;
  const all = target === null ? values : [...values, target];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const pad = (hi - lo) * 0.12 || Math.abs(hi) * 0.1 || 1;
  lo -= pad;
  hi += pad;
  const x = (i: number) => (series.length === 1 ? W / 2 : (i / (series.length - 1)) * W);
  const y = (v: number) => H - ((v - lo) / (hi - lo)) * H;
  const points = series.map((p, i) => (p.value === null ? null : { x: x(i), y: y(p.value) }));
  const line = linePath(points);
  const present = points.filter((p): p is { x: number; y: number } => p !== null);
  const first = present[0]!;
  const last = present[present.length - 1]!;
  const area = `${line}L${round(last.x)} ${H}L${round(first.x)} ${H}Z`;
  const lastIsCurrent = series[series.length - 1]?.value !== null;
  const hasGap = points.some((p) => p === null);
  return html`<div class="sparkline" part="sparkline" aria-hidden="true">
    <svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" focusable="false">
      ${lastIsCurrent && !hasGap ? svg`<path class="area" d=${area} />` : nothing}
      ${target === null ? nothing : svg`<line class="target" x1="0" x2=${W} y1=${round(y(target))} y2=${round(y(target))} />`}
      <path class="line" d=${line} />
    </svg>
    ${lastIsCurrent ? html`<span class="dot" style="left:${round((last.x / W) * 100)}%;top:${round((last.y / H) * 100)}%"></span>` : nothing}
  </div>`;
}
