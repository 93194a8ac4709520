#!/usr/bin/env node
// The repository's whole test suite: vitest (every package, widgets in Chromium), the
// catalog's KPI tests (`kpi test`), typecheck and lint. Ends with one line that CI reads:
//   tests: N passed, M failed
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-output', { recursive: true });
let passed = 0;
let failed = 0;

const vitest = spawnSync(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-output/vitest.json',
  ],
  { stdio: 'inherit' },
);
if (existsSync('test-output/vitest.json')) {
  const report = JSON.parse(readFileSync('test-output/vitest.json', 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load has no tests to count but is a failure all the same.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
} else {
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed += 1;

if (existsSync('kpis/tests')) {
  const kpiTest = spawnSync(
    'pnpm',
    ['exec', 'tsx', 'packages/cli/src/bin.ts', 'test', '--project', 'kpis', '--format', 'json'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const result = JSON.parse(kpiTest.stdout);
    passed += result.passed;
    failed += result.failed;
    console.log(`kpi test: ${result.passed} passed, ${result.failed} failed`);
  } catch {
    process.stdout.write(kpiTest.stdout ?? '');
    console.log('kpi test: could not run');
    failed += 1;
  }
}

// Static checks count as one test each: a type error or lint error fails CI like a red test.
for (const [name, command, args] of [
  ['typecheck', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']],
  ['lint', 'pnpm', ['exec', 'biome', 'check', '.']],
]) {
  const check = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (check.status === 0) passed += 1;
  else failed += 1;
  console.log(`${name}: ${check.status === 0 ? 'passed' : 'failed'}`);
}

console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
