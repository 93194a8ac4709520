import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The server's version from its package.json, for /health.
 *
 * @example
 * serverVersion(); // '0.1.0'
 */
export function serverVersion(): string {
  cached ??= (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
  return cached;
}
