import { css } from 'lit';

export const treeStyles = css`
  .title {
    margin: 0 0 calc(var(--_space) * 3);
    font-size: var(--_font-size-title);
    font-weight: var(--_font-weight-strong);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [role='treeitem'] {
    position: relative;
    padding-left: calc(var(--level, 0) * 2em);
    border-radius: 0.5em;
  }
  [role='treeitem']:not([aria-level='1'])::before {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: calc(var(--level, 0) * 2em - 1.15em);
    border-left: 1px solid var(--_color-border);
  }
  [role='treeitem']:focus {
    outline: none;
  }
  [role='treeitem']:focus-visible > .node {
    background: var(--_color-surface-sunken);
    outline: 2px solid var(--_color-focus);
    outline-offset: -2px;
  }
  .node {
    display: grid;
    grid-template-columns: 1.25em 1fr auto auto;
    align-items: center;
    gap: calc(var(--_space) * 3);
    margin: 2px 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: 0.5em;
    cursor: default;
  }
  .node:hover {
    background: var(--_color-surface-sunken);
  }
  .chevron {
    width: 1em;
    height: 1em;
    color: var(--_color-text-muted);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .node .chevron {
    transform: rotate(90deg);
  }
  .name {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .name strong {
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .name small {
    font-size: 0.78em;
    color: var(--_color-text-muted);
  }
  .value {
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  .panel {
    container-type: inline-size;
  }
  /* On a phone the value stays beside the name and the badge moves under it, and levels
     indent less, so deep KPIs keep room for their titles. */
  @container (max-width: 32rem) {
    [role='treeitem'] {
      padding-left: calc(var(--level, 0) * 1em);
    }
    [role='treeitem']:not([aria-level='1'])::before {
      left: calc(var(--level, 0) * 1em - 0.5em);
    }
    .node {
      grid-template-columns: 1.25em 1fr auto;
      gap: calc(var(--_space) * 1) calc(var(--_space) * 2);
    }
    .node .badge {
      grid-column: 2 / -1;
      justify-self: start;
    }
  }
`;
