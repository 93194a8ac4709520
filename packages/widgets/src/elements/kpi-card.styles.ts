import { css } from 'lit';

export const cardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    height: 100%;
    overflow: hidden;
    container-type: inline-size;
  }
  .card::before {
    content: '';
    position: absolute;
    inset: 0 0 auto;
    height: 3px;
    background: var(--_status, var(--_color-border));
  }
  .head {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: calc(var(--_space) * 2);
  }
  .title {
    margin: 0;
    font-size: 0.95em;
    font-weight: 500;
    line-height: 1.3;
    min-height: 2.6em;
    overflow-wrap: anywhere;
  }
  .value {
    display: block;
    font-size: clamp(var(--_font-size-value), 13cqi, calc(var(--_font-size-value) * 1.8));
    font-weight: var(--_font-weight-strong);
    letter-spacing: -0.02em;
    line-height: 1.1;
    white-space: nowrap;
  }
  .value.dim {
    color: var(--_color-text-muted);
  }
  .note {
    margin: 0;
    font-size: 0.85em;
    color: var(--_color-text-muted);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space)) calc(var(--_space) * 3);
    font-size: 0.85em;
  }
  .target {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    white-space: nowrap;
  }
  .target::before {
    content: '';
    width: 0.9em;
    border-top: 2px dashed var(--_color-target);
    opacity: 0.7;
  }
  .target.none::before {
    display: none;
  }
  .delta-line {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .spark-wrap {
    margin-top: auto;
    padding-top: calc(var(--_space) * 2);
  }
  .sparkline {
    position: relative;
    height: var(--_sparkline-height);
  }
  .sparkline svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .sparkline .line {
    fill: none;
    stroke: var(--_color-accent);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .sparkline .area {
    fill: var(--_color-accent);
    opacity: 0.1;
  }
  .sparkline .target {
    stroke: var(--_color-target);
    stroke-width: 1;
    stroke-dasharray: 3 3;
    opacity: 0.55;
    vector-effect: non-scaling-stroke;
  }
  .sparkline .dot {
    position: absolute;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_color-accent);
    box-shadow: 0 0 0 2px var(--_color-surface);
    transform: translate(-50%, -50%);
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
    font-size: 0.8em;
  }
`;
