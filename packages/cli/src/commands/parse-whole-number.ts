import { UsageError } from '../exit-codes.js';
import { formatNumber } from '../ui/format-number.js';
import { type Lang, translate } from '../ui/messages.js';

/** A whole-number option: its flag and the smallest and largest value it takes. */
export interface WholeNumberRange {
  /** The flag as the user types it, e.g. "--history". */
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Say "a port number" rather than "a whole number". */
  readonly port?: boolean;
}

/**
 * The value of a numeric option (--history, --periods, --examples, --port, --tickets,
 * --seed …) as a number, or a {@link UsageError} (exit 2) naming the flag, the range and
 * what was given, for anything but plain digits in the range: "-1", "0" below a minimum
 * of 1, "2.5", "1e3", "ten". One rule for every command, so they all read the same.
 *
 * @example
 * parseWholeNumber('8', { name: '--history', min: 1, max: 1000 }, 'en'); // 8
 * parseWholeNumber('-1', { name: '--history', min: 1, max: 1000 }, 'en');
 * // throws UsageError('--history takes a whole number 1–1,000, not "-1".')
 */
export function parseWholeNumber(text: string, range: WholeNumberRange, lang: Lang): number {
  const value = Number(text);
  if (/^\d+$/.test(text) && value >= range.min && value <= range.max) return value;
  // Port numbers are written without digit groups (65535); counts with them (10 000 000).
  const shown = (n: number) => (range.port ? String(n) : formatNumber(n, lang));
  throw new UsageError(
    translate(lang, range.port ? 'usage.portNumber' : 'usage.wholeNumber', {
      name: range.name,
      min: shown(range.min),
      max: shown(range.max),
      value: text,
    }),
  );
}
