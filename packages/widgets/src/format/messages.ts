import type { Status } from '@nyckeltal/spec';

/** The languages the widgets speak; any other page language falls back to English. */
export type Lang = 'en' | 'sv';

/** Intl locale per language: British English reads dates as "31 Oct 2026". */
export const locales: Readonly<Record<Lang, string>> = { en: 'en-GB', sv: 'sv-SE' };

export interface Messages {
  readonly status: Readonly<Record<Status, string>>;
  readonly units: { readonly h: string; readonly min: string; readonly d: string; readonly pp: string };
  readonly week: string;
  readonly quarter: string;
  readonly target: string;
  readonly noTarget: string;
  readonly better: string;
  readonly worse: string;
  readonly unchanged: string;
  readonly versus: string;
  readonly loading: string;
  readonly empty: string;
  readonly noSource: string;
  readonly insufficient: (sample: number) => string;
  readonly period: string;
  readonly value: string;
  readonly sample: string;
  readonly owner: string;
  readonly dataThrough: string;
  readonly lowerIsBetter: string;
  readonly higherIsBetter: string;
  readonly trendOf: (title: string) => string;
  readonly breakdownBy: string;
  readonly kpiTree: string;
  readonly supportedBy: (count: number) => string;
  readonly staleNote: string;
  readonly errorTitle: string;
  readonly errors: {
    readonly network: (url: string) => string;
    readonly http: (status: number, url: string) => string;
    readonly json: (url: string) => string;
    readonly schema: (schema: string) => string;
    readonly invalid: (path: string) => string;
    readonly notFound: (id: string) => string;
  };
}

const en: Messages = {
  status: {
    green: 'On target',
    amber: 'At risk',
    red: 'Off target',
    insufficient: 'Not enough data',
    'no-target': 'No target',
  },
  units: { h: 'h', min: 'min', d: 'd', pp: 'pp' },
  week: 'week',
  quarter: 'Q',
  target: 'Target',
  noTarget: 'No target set',
  better: 'better',
  worse: 'worse',
  unchanged: 'unchanged',
  versus: 'vs',
  loading: 'Loading…',
  empty: 'This scorecard has no KPIs yet.',
  noSource: 'No snapshot: set the src attribute or the data property.',
  insufficient: (n) => `Not enough data (n = ${n})`,
  period: 'Period',
  value: 'Value',
  sample: 'Sample (n)',
  owner: 'Owner',
  dataThrough: 'Data through',
  lowerIsBetter: 'Lower is better',
  higherIsBetter: 'Higher is better',
  trendOf: (t) => `Trend of ${t}`,
  breakdownBy: 'By',
  kpiTree: 'KPI tree',
  supportedBy: (n) => (n === 1 ? 'supported by 1 KPI' : `supported by ${n} KPIs`),
  staleNote: 'Could not refresh; showing the last loaded figures.',
  errorTitle: 'The KPIs could not be shown',
  errors: {
    network: (url) => `Could not reach the server for ${url}. Check the network and the src address.`,
    http: (status, url) => `The server answered ${status} for ${url}. Check the src address.`,
    json: (url) => `The file at ${url} is not valid JSON. Rebuild the snapshot with kpi build.`,
    schema: (s) => `This snapshot has format "${s}", which this version of the widgets cannot read.`,
    invalid: (path) => `The snapshot is damaged: ${path}. Rebuild it with kpi build.`,
    notFound: (id) => `The KPI "${id}" is not in this snapshot. Check the kpi attribute.`,
  },
};

const sv: Messages = {
  status: {
    green: 'I mål',
    amber: 'Risk',
    red: 'Ej i mål',
    insufficient: 'För lite data',
    'no-target': 'Inget mål',
  },
  units: { h: 'tim', min: 'min', d: 'd', pp: 'p.e.' },
  week: 'vecka',
  quarter: 'kv.',
  target: 'Mål',
  noTarget: 'Inget mål satt',
  better: 'bättre',
  worse: 'sämre',
  unchanged: 'oförändrat',
  versus: 'mot',
  loading: 'Laddar…',
  empty: 'Den här scorecarden har inga nyckeltal ännu.',
  noSource: 'Ingen ögonblicksbild: ange attributet src eller egenskapen data.',
  insufficient: (n) => `För lite data (n = ${n})`,
  period: 'Period',
  value: 'Värde',
  sample: 'Underlag (n)',
  owner: 'Ägare',
  dataThrough: 'Data till och med',
  lowerIsBetter: 'Lägre är bättre',
  higherIsBetter: 'Högre är bättre',
  trendOf: (t) => `Trend för ${t}`,
  breakdownBy: 'Per',
  kpiTree: 'Nyckeltalsträd',
  supportedBy: (n) => (n === 1 ? 'stöds av 1 nyckeltal' : `stöds av ${n} nyckeltal`),
  staleNote: 'Kunde inte uppdatera; visar senast hämtade siffror.',
  errorTitle: 'Nyckeltalen kunde inte visas',
  errors: {
    network: (url) => `Kunde inte nå servern för ${url}. Kontrollera nätverket och src-adressen.`,
    http: (status, url) => `Servern svarade ${status} för ${url}. Kontrollera src-adressen.`,
    json: (url) => `Filen ${url} är inte giltig JSON. Bygg om ögonblicksbilden med kpi build.`,
    schema: (s) => `Ögonblicksbilden har formatet "${s}", som den här versionen av widgetarna inte kan läsa.`,
    invalid: (path) => `Ögonblicksbilden är skadad: ${path}. Bygg om den med kpi build.`,
    notFound: (id) => `Nyckeltalet "${id}" finns inte i ögonblicksbilden. Kontrollera attributet kpi.`,
  },
};

/**
 * The user-interface texts in one language.
 *
 * @example
 * messages('sv').status.green; // 'I mål'
 */
export function messages(lang: Lang): Messages {
  return lang === 'sv' ? sv : en;
}

/**
 * Picks the text for `lang` from a snapshot's localized title, falling back to English.
 *
 * @example
 * localize({ en: 'Service desk', sv: 'Servicedesk' }, 'sv'); // 'Servicedesk'
 */
export function localize(
  text: { readonly en: string; readonly [lang: string]: string | undefined },
  lang: Lang,
): string {
  return text[lang] ?? text.en;
}
