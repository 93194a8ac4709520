import { css } from 'lit';

export const scorecardStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 1) calc(var(--_space) * 4);
    margin-bottom: calc(var(--_space) * 4);
  }
  .heading {
    margin: 0;
    font-size: var(--_font-size-title);
    font-weight: var(--_font-weight-strong);
    letter-spacing: -0.01em;
  }
  /* Page content given with slot="description": a full-width row under title and period. */
  ::slotted([slot='description']) {
    flex: 1 0 100%;
    margin: 0;
    color: var(--_color-text-muted);
  }
  .period {
    font-weight: 500;
  }
  .sub {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 3);
    font-size: 0.85em;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li {
    display: flex;
    flex-direction: column;
  }
  .grid kpi-card {
    flex: 1;
  }
  .issues {
    margin-top: calc(var(--_space) * 4);
    font-size: 0.85em;
  }
  .issues summary {
    cursor: pointer;
    color: var(--_color-text-muted);
    border-radius: 0.25em;
  }
  .issues ul {
    margin: calc(var(--_space) * 2) 0 0;
    padding-left: 1.25em;
  }
  .skeleton-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
    gap: var(--_gap);
  }
`;
