import type { LocalizedText } from '../model.js';

/**
 * A title as written (plain text, or one text per language) as LocalizedText. The schema
 * allows only text values per language; FromSchema types the language keys as unknown.
 *
 * @example
 * localize('Tickets');                       // { en: 'Tickets' }
 * localize({ en: 'Tickets', sv: 'Ärenden' }); // { en: 'Tickets', sv: 'Ärenden' }
 */
export function localize(
  text: string | { readonly en: string; readonly [lang: string]: unknown },
): LocalizedText {
  if (typeof text === 'string') return { en: text };
  const out: Record<string, string> = { en: text.en };
  for (const [lang, value] of Object.entries(text)) if (typeof value === 'string') out[lang] = value;
  return out as LocalizedText;
}
