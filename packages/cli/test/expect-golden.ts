import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden', 'diff');

/**
 * Compares `kpi diff` output with a golden file in test/golden/diff; UPDATE_GOLDEN=1
 * rewrites it (then read the change before committing).
 *
 * @example
 * expectGolden('added-kpi.md', stdout);
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
