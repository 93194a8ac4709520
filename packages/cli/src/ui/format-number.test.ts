import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number.js';

/** Swedish digit groups are a no-break space; its negative sign is the minus sign U+2212. */
const nbsp = '\u00a0';

describe('formatNumber', () => {
  it('groups the digits of a count: 43,990 in English, 43 990 in Swedish', () => {
    expect(formatNumber(43990, 'en')).toBe('43,990');
    expect(formatNumber(43990, 'sv')).toBe(`43${nbsp}990`);
    expect(formatNumber(999, 'sv')).toBe('999');
  });

  it('writes up to the decimals asked for with the language’s decimal mark', () => {
    // 18.5714… to two decimals is 18.57; 6 has none to show.
    expect(formatNumber(18.5714, 'en', { maxDigits: 2 })).toBe('18.57');
    expect(formatNumber(18.5714, 'sv', { maxDigits: 2 })).toBe('18,57');
    expect(formatNumber(6, 'sv', { maxDigits: 2 })).toBe('6');
    expect(formatNumber(4.5, 'sv', { minDigits: 2, maxDigits: 2 })).toBe('4,50');
  });

  it('signs a change, with a real minus in Swedish, and leaves zero unsigned', () => {
    expect(formatNumber(2, 'en', { signed: true })).toBe('+2');
    expect(formatNumber(-11.5, 'en', { maxDigits: 2, signed: true })).toBe('-11.5');
    expect(formatNumber(-11.5, 'sv', { maxDigits: 2, signed: true })).toBe('−11,5');
    expect(formatNumber(0, 'sv', { maxDigits: 2, signed: true })).toBe('0');
  });
});
