/**
 * Documentation metadata of an element: read by the manifest script (custom-elements.json)
 * and checked against the live element and the README by the tests. Plain data, no Lit.
 */
export interface AttributeMeta {
  readonly name: string;
  /** The JS property when it differs from the attribute name, or for property-only inputs. */
  readonly property?: string;
  readonly type: string;
  readonly description: string;
  readonly default?: string;
  /** True for inputs that exist only as a property (no attribute). */
  readonly propertyOnly?: boolean;
}

export interface ElementMeta {
  readonly tagName: string;
  readonly className: string;
  readonly module: string;
  readonly summary: string;
  readonly attributes: readonly AttributeMeta[];
  readonly events: readonly { readonly name: string; readonly type: string; readonly description: string }[];
  readonly parts: readonly { readonly name: string; readonly description: string }[];
  /** Named slots: page content the element places in its layout. */
  readonly slots?: readonly { readonly name: string; readonly description: string }[];
}

/** Inputs every element has (the shared base). */
export const baseAttributes: readonly AttributeMeta[] = [
  { name: 'src', type: 'string', description: 'URL of a snapshot JSON document to fetch.' },
  {
    name: 'refresh',
    type: 'number',
    description: 'Seconds between re-fetches of `src` (at least 1); unset or 0 fetches once.',
  },
  {
    name: 'data',
    property: 'data',
    type: 'Snapshot',
    propertyOnly: true,
    description: 'A snapshot object given directly; wins over `src`.',
  },
  { name: 'kpi', type: 'string', description: 'Id of the KPI to show, e.g. `itsm.mttr`.' },
  {
    name: 'lang',
    type: "'en' | 'sv' | string",
    description:
      'Language of texts and number formats; else the closest `[lang]` ancestor, else the page, else English.',
  },
  {
    name: 'theme',
    type: "'light' | 'dark'",
    description: 'Forces a colour theme; unset follows `prefers-color-scheme`.',
  },
];

/** Events every element fires. */
export const baseEvents: ElementMeta['events'] = [
  {
    name: 'kpi-error',
    type: "CustomEvent<{ kind: 'network' | 'http' | 'json' | 'schema' | 'invalid' | 'not-found'; message: string; status?: number }>",
    description: 'The snapshot could not be loaded or shown. Bubbles and crosses shadow roots.',
  },
];

/** Parts every element has. */
export const baseParts: ElementMeta['parts'] = [
  { name: 'message', description: 'The box that shows an error, empty or no-source message.' },
  { name: 'skeleton', description: 'The loading placeholder.' },
];
