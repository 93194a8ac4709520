import type { Lang } from './messages.js';

/** Intl locale per output language: British English groups 43,990; Swedish 43 990 and 18,57. */
export const numberLocales: Readonly<Record<Lang, string>> = { en: 'en-GB', sv: 'sv-SE' };

export interface NumberStyle {
  /** Most decimals shown (default 0: a count). */
  readonly maxDigits?: number;
  /** Fewest decimals shown, for columns that should line up (default 0). */
  readonly minDigits?: number;
  /** Show "+" before a positive number (a change); zero stays unsigned. */
  readonly signed?: boolean;
}

// Formatters are costly to make and tables format many numbers with the same few styles.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number as a reader of `lang` writes it, through Intl: digit grouping, the decimal
 * comma in Swedish, and a real minus sign (−) where the locale uses one. Text and tables
 * only; JSON and CSV keep plain numbers.
 *
 * @example
 * formatNumber(43990, 'sv'); // '43 990' (a no-break space between the groups)
 * formatNumber(18.567, 'sv', { maxDigits: 2 }); // '18,57'
 * formatNumber(-11.5, 'en', { maxDigits: 2, signed: true }); // '-11.5'
 */
export function formatNumber(value: number, lang: Lang, style: NumberStyle = {}): string {
  const max = style.maxDigits ?? 0;
  const min = Math.min(style.minDigits ?? 0, max);
  const key = `${lang}:${min}:${max}:${style.signed === true}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocales[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      ...(style.signed ? { signDisplay: 'exceptZero' as const } : {}),
    });
    formatters.set(key, format);
  }
  return format.format(value);
}
