/**
 * The `--kpi-*` custom properties: the one list that generates the widgets' CSS defaults,
 * the custom-elements.json manifest and the README table, so the three never disagree.
 * Plain data (no Lit), so the manifest script can read it in Node.
 */
export interface ThemeToken {
  /** Name without the `--kpi-` prefix. */
  readonly name: string;
  readonly light: string;
  /** The dark-theme default; absent when the value does not change with the theme. */
  readonly dark?: string;
  readonly description: string;
}

// Colour pairs are chosen for WCAG AA (4.5:1) as text on --kpi-color-surface and on their
// own -soft background in both themes; the axe-core test checks the rendered result.
export const themeTokens: readonly ThemeToken[] = [
  {
    name: 'font-family',
    light: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif',
    description: 'Font of all text.',
  },
  { name: 'font-size', light: '0.875rem', description: 'Base text size; other sizes scale from it.' },
  { name: 'font-size-value', light: '2rem', description: 'Size of the headline value in a card.' },
  { name: 'font-size-title', light: '1.125rem', description: 'Size of scorecard and chart titles.' },
  { name: 'font-weight-strong', light: '600', description: 'Weight of titles and values.' },
  { name: 'space', light: '0.25rem', description: 'Spacing unit; paddings and gaps are multiples of it.' },
  { name: 'padding', light: '1rem', description: 'Inner padding of cards and panels.' },
  { name: 'gap', light: '1rem', description: 'Gap between cards in a scorecard grid.' },
  { name: 'radius', light: '0.75rem', description: 'Corner radius of cards and panels.' },
  {
    name: 'card-min-width',
    light: '15rem',
    description: 'Narrowest a card gets before the grid wraps to fewer columns.',
  },
  { name: 'chart-height', light: '15rem', description: 'Height of the trend chart.' },
  { name: 'sparkline-height', light: '2.75rem', description: 'Height of the sparkline in a card.' },
  {
    name: 'shadow',
    light: '0 1px 2px rgb(16 24 40 / 6%), 0 1px 3px rgb(16 24 40 / 10%)',
    dark: '0 1px 2px rgb(0 0 0 / 40%)',
    description: 'Shadow of cards and panels.',
  },
  {
    name: 'color-surface',
    light: '#ffffff',
    dark: '#161b26',
    description: 'Background of cards and panels.',
  },
  {
    name: 'color-surface-sunken',
    light: '#f3f5f9',
    dark: '#0f131b',
    description: 'Background behind cards, of bar tracks and of loading skeletons.',
  },
  { name: 'color-border', light: '#e2e6ee', dark: '#2b3344', description: 'Borders and grid lines.' },
  { name: 'color-text', light: '#131a2a', dark: '#e9edf5', description: 'Main text.' },
  {
    name: 'color-text-muted',
    light: '#535d72',
    dark: '#a5afc3',
    description: 'Secondary text: labels, axes, notes.',
  },
  { name: 'color-accent', light: '#3451c6', dark: '#93a6fb', description: 'Series lines, bars and links.' },
  { name: 'color-target', light: '#131a2a', dark: '#e9edf5', description: 'The dashed target line.' },
  { name: 'color-focus', light: '#3451c6', dark: '#93a6fb', description: 'Keyboard focus ring.' },
  {
    name: 'color-green',
    light: '#11704a',
    dark: '#57c994',
    description: 'Status "on target": icon, text and band edge.',
  },
  {
    name: 'color-green-soft',
    light: '#e5f4ec',
    dark: '#13301f',
    description: 'Background of the green badge and threshold band.',
  },
  { name: 'color-amber', light: '#8a4f00', dark: '#f2b950', description: 'Status "at risk".' },
  {
    name: 'color-amber-soft',
    light: '#fcf0da',
    dark: '#35270c',
    description: 'Background of the amber badge and band.',
  },
  { name: 'color-red', light: '#b8242b', dark: '#ff8a8d', description: 'Status "off target".' },
  {
    name: 'color-red-soft',
    light: '#fbe8e9',
    dark: '#3b1b1e',
    description: 'Background of the red badge and band.',
  },
  {
    name: 'color-neutral',
    light: '#535d72',
    dark: '#a5afc3',
    description: 'Statuses "not enough data" and "no target".',
  },
  {
    name: 'color-neutral-soft',
    light: '#edf0f5',
    dark: '#242b3a',
    description: 'Background of neutral badges.',
  },
  { name: 'color-better', light: '#11704a', dark: '#57c994', description: 'A change for the better.' },
  { name: 'color-worse', light: '#b8242b', dark: '#ff8a8d', description: 'A change for the worse.' },
];

/** Private variable name that the styles read: `--_<name>`. */
export const tokenVar = (name: string): string => `var(--_${name})`;

/**
 * Builds the `:host` rules that resolve every `--kpi-*` property (set anywhere up the page)
 * over its light default, and over its dark default in dark mode.
 *
 * @example
 * buildTokenCss([{ name: 'gap', light: '1rem', description: '' }]);
 * // ':host{--_gap:var(--kpi-gap, 1rem);}…'
 */
export function buildTokenCss(tokens: readonly ThemeToken[]): string {
  const light = tokens.map((t) => `--_${t.name}:var(--kpi-${t.name}, ${t.light});`).join('');
  const dark = tokens
    .filter((t) => t.dark !== undefined)
    .map((t) => `--_${t.name}:var(--kpi-${t.name}, ${t.dark});`)
    .join('');
  return (
    `:host{${light}color-scheme:light;}` +
    `@media (prefers-color-scheme: dark){:host(:not([theme=light])){${dark}color-scheme:dark;}}` +
    `:host([theme=dark]){${dark}color-scheme:dark;}`
  );
}
