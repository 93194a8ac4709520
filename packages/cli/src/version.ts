import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The CLI's version from its package.json, for `kpi --version` and SARIF's tool.driver.
 *
 * @example
 * cliVersion(); // '0.1.0'
 */
export function cliVersion(): string {
  // package.json is one folder up from both src/ (tsx) and dist/ (built), so this works for either.
  cached ??= (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
  return cached;
}
