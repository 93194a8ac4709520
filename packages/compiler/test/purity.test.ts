import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The compiler runs in the browser (the playground): its code imports nothing from Node
// and no native module. tsconfig.json lets the tests use Node types, so this checks it.
const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the compiler is pure', () => {
  it('imports nothing from Node, DuckDB or the file system, and reads no process state', () => {
    const offenders = sourceFiles(srcDir).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /from ['"](node:|fs|path|os|url|@duckdb\/)/.test(text) || /\bprocess\.\w/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
