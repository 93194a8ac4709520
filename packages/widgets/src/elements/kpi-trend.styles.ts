import { css } from 'lit';

export const trendStyles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
    margin-bottom: calc(var(--_space) * 3);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-title);
    font-weight: var(--_font-weight-strong);
  }
  .sub {
    font-size: 0.85em;
  }
  .now {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
  }
  .value {
    font-size: 1.6em;
    font-weight: var(--_font-weight-strong);
    letter-spacing: -0.02em;
    white-space: nowrap;
  }
  .chart {
    position: relative;
    height: var(--_chart-height);
  }
  .chart svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    font-size: 11px;
  }
  .band {
    opacity: 0.75;
  }
  .band.green {
    fill: var(--_color-green-soft);
  }
  .band.amber {
    fill: var(--_color-amber-soft);
  }
  .band.red {
    fill: var(--_color-red-soft);
  }
  .grid {
    stroke: var(--_color-border);
    stroke-width: 1;
  }
  .axis {
    stroke: var(--_color-text-muted);
    stroke-width: 1;
  }
  .tick {
    fill: var(--_color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .tick.year {
    font-weight: var(--_font-weight-strong);
  }
  .target-line {
    fill: none;
    stroke: var(--_color-target);
    stroke-width: 1.5;
    stroke-dasharray: 5 4;
  }
  .series {
    fill: none;
    stroke: var(--_color-accent);
    stroke-width: 2.25;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .pt {
    fill: var(--_status, var(--_color-accent));
    stroke: var(--_color-surface);
    stroke-width: 1.5;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1) calc(var(--_space) * 4);
    margin: calc(var(--_space) * 3) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    color: var(--_color-text-muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    display: inline-block;
    width: 1.6em;
    height: 0.8em;
    border-radius: 2px;
    background: var(--_status-soft);
    border-bottom: 2px solid var(--_status);
  }
  .swatch.target {
    height: 0;
    border-radius: 0;
    background: none;
    border-bottom: 2px dashed var(--_color-target);
  }
  .legend .status-icon {
    width: 1em;
    height: 1em;
    color: var(--_status);
  }
`;
