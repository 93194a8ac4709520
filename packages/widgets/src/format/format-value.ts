import { type Lang, locales, messages } from './messages.js';

const MINUS = '\u2212';
const DASH = '\u2013';
const durationUnits: Readonly<Record<string, number>> = { minutes: 1, hours: 60, days: 1440 };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** Most fraction digits that keep a figure readable at a glance: 1234, 12.3, 4.25. */
function digitsFor(value: number): number {
  const abs = Math.abs(value);
  return abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
}

/**
 * Formats a plain number in the language's conventions.
 *
 * @example
 * formatNumber(1234.5, 'sv'); // '1 235' (with a no-break space)
 */
export function formatNumber(value: number, lang: Lang, fractionDigits = digitsFor(value)): string {
  return numberFormat(lang, { maximumFractionDigits: fractionDigits }).format(value);
}

/**
 * Formats a duration given in minutes, hours or days as "2 h 15 min" / "2 tim 15 min".
 * Under an hour it shows minutes, under two days hours and minutes, else days and hours.
 *
 * @example
 * formatDuration(2.25, 'hours', 'en'); // '2 h 15 min'
 * formatDuration(2.25, 'hours', 'sv'); // '2 tim 15 min'
 */
export function formatDuration(value: number, unit: string, lang: Lang): string {
  const u = messages(lang).units;
  const minutes = value * (durationUnits[unit] ?? 1);
  const sign = minutes < 0 ? MINUS : '';
  const abs = Math.abs(minutes);
  if (Math.round(abs * 10) / 10 < 60) {
    return `${sign}${formatNumber(abs, lang, abs < 10 ? 1 : 0)} ${u.min}`;
  }
  if (abs < 48 * 60) {
    const total = Math.round(abs);
    const h = Math.floor(total / 60);
    const m = total % 60;
    return `${sign}${formatNumber(h, lang, 0)} ${u.h}${m ? ` ${m} ${u.min}` : ''}`;
  }
  const totalHours = Math.round(abs / 60);
  const d = Math.floor(totalHours / 24);
  const h = totalHours % 24;
  return `${sign}${formatNumber(d, lang, 0)} ${u.d}${h ? ` ${h} ${u.h}` : ''}`;
}

/**
 * Formats a KPI value with its unit: percent (0–100), durations, currency:XXX, count, score.
 * A missing value shows as an en dash.
 *
 * @example
 * formatValue(87.5, 'percent', 'en'); // '87.5%'
 * formatValue(87.5, 'percent', 'sv'); // '87,5 %' (with a no-break space)
 * formatValue(1500, 'currency:SEK', 'sv'); // '1 500 kr'
 */
export function formatValue(value: number | null, unit: string, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  if (unit === 'percent') {
    return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  }
  if (unit in durationUnits) return formatDuration(value, unit, lang);
  if (unit.startsWith('currency:')) {
    const currency = unit.slice('currency:'.length).toUpperCase();
    if (/^[A-Z]{3}$/.test(currency)) {
      const digits = Math.abs(value) >= 100 ? 0 : 2;
      return numberFormat(lang, { style: 'currency', currency, maximumFractionDigits: digits }).format(value);
    }
  }
  if (unit === 'count') return formatNumber(value, lang, Number.isInteger(value) ? 0 : 1);
  if (unit === 'score' || unit === '') return formatNumber(value, lang);
  return `${formatNumber(value, lang)} ${unit}`;
}

/**
 * A short label for a value axis tick: '90%', '12 h', '30 min', '4.2'.
 *
 * @example
 * formatAxis(12, 'hours', 'sv'); // '12 tim'
 */
export function formatAxis(value: number, unit: string, lang: Lang): string {
  const u = messages(lang).units;
  if (unit === 'percent') return formatValue(value, unit, lang);
  if (unit === 'hours') return `${formatNumber(value, lang)} ${u.h}`;
  if (unit === 'minutes') return `${formatNumber(value, lang)} ${u.min}`;
  if (unit === 'days') return `${formatNumber(value, lang)} ${u.d}`;
  if (unit.startsWith('currency:')) {
    const currency = unit.slice('currency:'.length).toUpperCase();
    if (/^[A-Z]{3}$/.test(currency)) {
      return numberFormat(lang, {
        style: 'currency',
        currency,
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(value);
    }
  }
  return formatNumber(value, lang);
}

/**
 * Formats a change between two periods with an explicit sign; percent KPIs change in
 * percentage points ("+2.1 pp" / "+2,1 p.e."). Zero has no sign.
 *
 * @example
 * formatDelta(-0.7, 'hours', 'en'); // '−42 min'
 */
export function formatDelta(delta: number, unit: string, lang: Lang): string {
  const sign = delta > 0 ? '+' : delta < 0 ? MINUS : '';
  const abs = Math.abs(delta);
  if (unit === 'percent') return `${sign}${formatNumber(abs, lang)} ${messages(lang).units.pp}`;
  return `${sign}${formatValue(abs, unit, lang)}`;
}
