import type { DemoDataOptions } from './demo-options.js';

/** The command line's reading: options for the generator, or a usage error to print. */
export type DemoArgs =
  | { readonly kind: 'options'; readonly options: DemoDataOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export const DEMO_USAGE = `Usage: nyckeltal-demo-data [--file kpis/data/demo.duckdb] [--seed 42] [--tickets 50000]
                           [--start YYYY-MM-01] [--months 24]

Writes a seeded two-year service-desk organisation into a DuckDB file (replaced atomically).
Numbers may use _ as a separator: --tickets 10_000_000.`;

const NUMERIC = new Set(['seed', 'tickets', 'months']);

/**
 * Reads `--name value` / `--name=value` flags into generator options. Pure: the caller
 * prints the message and picks the exit code.
 *
 * @example
 * parseDemoArgs(['--tickets', '10_000_000', '--file', 'big.duckdb']);
 * // → { kind: 'options', options: { file: 'big.duckdb', tickets: 10000000 } }
 */
export function parseDemoArgs(argv: readonly string[], defaultFile = 'kpis/data/demo.duckdb'): DemoArgs {
  const values: Record<string, string> = {};
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) return { kind: 'error', message: `Unexpected argument "${arg}".\n\n${DEMO_USAGE}` };
    const name = match[1];
    if (!['file', 'seed', 'tickets', 'start', 'months'].includes(name)) {
      return { kind: 'error', message: `Unknown option --${name}.\n\n${DEMO_USAGE}` };
    }
    const value = match[2] ?? argv[++k];
    if (value === undefined) return { kind: 'error', message: `--${name} needs a value.\n\n${DEMO_USAGE}` };
    values[name] = value;
  }
  const numbers: Record<string, number> = {};
  for (const name of NUMERIC) {
    const text = values[name];
    if (text === undefined) continue;
    const n = Number(text.replaceAll('_', ''));
    if (!Number.isSafeInteger(n))
      return { kind: 'error', message: `--${name} must be a whole number, got "${text}".` };
    numbers[name] = n;
  }
  const options: DemoDataOptions = {
    file: values.file ?? defaultFile,
    ...(numbers.seed !== undefined && { seed: numbers.seed }),
    ...(numbers.tickets !== undefined && { tickets: numbers.tickets }),
    ...(numbers.months !== undefined && { months: numbers.months }),
    ...(values.start !== undefined && { start: values.start }),
  };
  return { kind: 'options', options };
}
