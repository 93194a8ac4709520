/** ANSI styling, or the identity when colour is off. No dependency: six escape pairs are all we use. */
export interface Colors {
  readonly enabled: boolean;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

/**
 * Colour functions that style text, or leave it untouched when `enabled` is false.
 *
 * @example
 * const c = createColors(true);
 * c.red('error'); // '\x1b[31merror\x1b[39m'
 */
export function createColors(enabled: boolean): Colors {
  if (!enabled) {
    const plain = (text: string) => text;
    return { enabled, red: plain, yellow: plain, green: plain, cyan: plain, dim: plain, bold: plain };
  }
  return {
    enabled,
    red: style(31, 39),
    yellow: style(33, 39),
    green: style(32, 39),
    cyan: style(36, 39),
    dim: style(2, 22),
    bold: style(1, 22),
  };
}

/**
 * Whether output should be coloured. `--no-color` always wins; then FORCE_COLOR (any
 * value but "0" or "false") turns colour on even into a pipe; then NO_COLOR (any
 * non-empty value, see no-color.org) or TERM=dumb turns it off; otherwise colour
 * follows whether stdout is a terminal.
 *
 * @example
 * shouldUseColor({ isTTY: true, env: {}, noColorFlag: false }); // true
 * shouldUseColor({ isTTY: true, env: { NO_COLOR: '1' }, noColorFlag: false }); // false
 */
export function shouldUseColor(options: {
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  noColorFlag: boolean;
}): boolean {
  const { isTTY, env, noColorFlag } = options;
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/** Removes ANSI escape sequences, for measuring and for tests. */
export function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the escape character is the point
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
}
