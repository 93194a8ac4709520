import { css, unsafeCSS } from 'lit';
import { buildTokenCss, themeTokens } from './theme-tokens.js';

/** Styles every element shares: theme tokens, messages, skeletons, badges, helpers. */
export const sharedStyles = [
  // Generated from a constant list in this package, never from page or snapshot data.
  unsafeCSS(buildTokenCss(themeTokens)),
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: 1.45;
      color: var(--_color-text);
      -webkit-font-smoothing: antialiased;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    .panel {
      background: var(--_color-surface);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      box-shadow: var(--_shadow);
      padding: var(--_padding);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    .muted {
      color: var(--_color-text-muted);
    }
    .num {
      font-variant-numeric: tabular-nums;
    }
    :focus-visible {
      outline: 2px solid var(--_color-focus);
      outline-offset: 2px;
    }
    .message {
      display: flex;
      gap: calc(var(--_space) * 3);
      align-items: flex-start;
      padding: var(--_padding);
      border-radius: var(--_radius);
      border: 1px solid var(--_color-border);
      background: var(--_color-surface);
      color: var(--_color-text);
    }
    .message.error {
      border-color: var(--_color-red);
      background: var(--_color-red-soft);
    }
    .message .icon {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      margin-top: 0.1em;
    }
    .message.error .icon {
      color: var(--_color-red);
    }
    .message p {
      margin: calc(var(--_space) * 1) 0 0;
    }
    .stale {
      margin-top: calc(var(--_space) * 2);
      font-size: 0.85em;
    }
    .skeleton {
      display: grid;
      gap: calc(var(--_space) * 3);
    }
    .bone {
      height: 0.9em;
      border-radius: 0.4em;
      background: var(--_color-surface-sunken);
      animation: kpi-pulse 1.4s ease-in-out infinite;
    }
    .bone.big {
      height: 2.2em;
      width: 55%;
    }
    .bone.short {
      width: 35%;
    }
    .bone.chart {
      height: 4em;
    }
    @keyframes kpi-pulse {
      50% {
        opacity: 0.45;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bone {
        animation: none;
      }
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      padding: 0.15em 0.6em 0.15em 0.45em;
      border-radius: 999px;
      font-size: 0.8em;
      font-weight: var(--_font-weight-strong);
      white-space: nowrap;
      color: var(--_color-neutral);
      background: var(--_color-neutral-soft);
    }
    .badge svg {
      width: 1.1em;
      height: 1.1em;
      flex: none;
    }
    .green {
      --_status: var(--_color-green);
      --_status-soft: var(--_color-green-soft);
    }
    .amber {
      --_status: var(--_color-amber);
      --_status-soft: var(--_color-amber-soft);
    }
    .red {
      --_status: var(--_color-red);
      --_status-soft: var(--_color-red-soft);
    }
    .insufficient,
    .no-target {
      --_status: var(--_color-neutral);
      --_status-soft: var(--_color-neutral-soft);
    }
    .badge.green,
    .badge.amber,
    .badge.red {
      color: var(--_status);
      background: var(--_status-soft);
    }
    .delta {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      font-weight: var(--_font-weight-strong);
      white-space: nowrap;
    }
    .delta svg {
      width: 0.9em;
      height: 0.9em;
    }
    .delta.better {
      color: var(--_color-better);
    }
    .delta.worse {
      color: var(--_color-worse);
    }
  `,
];
