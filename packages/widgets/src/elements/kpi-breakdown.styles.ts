import { css } from 'lit';

export const breakdownStyles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
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
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1);
    margin-bottom: calc(var(--_space) * 3);
    padding: 2px;
    border-radius: 0.6em;
    background: var(--_color-surface-sunken);
    width: fit-content;
  }
  .tab {
    font: inherit;
    font-size: 0.85em;
    padding: 0.3em 0.8em;
    border: 0;
    border-radius: 0.5em;
    background: transparent;
    color: var(--_color-text-muted);
    text-transform: capitalize;
    cursor: pointer;
  }
  .tab[aria-pressed='true'] {
    background: var(--_color-surface);
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
    box-shadow: var(--_shadow);
  }
  .rows {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr auto;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 3);
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .label {
    overflow-wrap: anywhere;
  }
  .track {
    position: relative;
    height: 0.9em;
    border-radius: 0.3em;
    background: var(--_color-surface-sunken);
  }
  .bar {
    height: 100%;
    min-width: 2px;
    border-radius: 0.3em;
    background: var(--_color-accent);
  }
  .goal {
    position: absolute;
    top: -0.25em;
    bottom: -0.25em;
    border-left: 2px dashed var(--_color-target);
  }
  .figure {
    text-align: right;
    white-space: nowrap;
  }
  .figure .n {
    margin-left: 0.5em;
    font-size: 0.85em;
  }
  .foot {
    margin-top: calc(var(--_space) * 3);
    font-size: 0.8em;
  }
`;
