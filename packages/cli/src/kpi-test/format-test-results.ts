import type { Colors } from '../ui/color.js';
import type { Lang } from '../ui/messages.js';
import type { KpiTestResult } from './run-kpi-test.js';

/** What the formatters need besides the results. */
export interface TestReportOptions {
  readonly lang: Lang;
  readonly colors: Colors;
  /** How many test files ran (after --filter). */
  readonly files: number;
  /** Turns a project-relative file into the path shown (relative to where kpi runs). */
  readonly shown?: (file: string) => string;
}

const WORDS = {
  en: {
    fail: 'FAIL',
    expected: 'expected',
    actual: 'actual  ',
    sample: 'sample',
    error: 'error   ',
    summary: (p: number, f: number) => `${p} passed, ${f} failed`,
    files: (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`,
    none: 'No KPI tests found (tests are files with "kind: test").',
  },
  sv: {
    fail: 'UNDERKÄND',
    expected: 'väntat',
    actual: 'fick  ',
    sample: 'urval',
    error: 'fel   ',
    summary: (p: number, f: number) => `${p} godkända, ${f} underkända`,
    files: (n: number) => `${n} ${n === 1 ? 'fil' : 'filer'}`,
    none: 'Inga nyckeltalstester hittades (tester är filer med "kind: test").',
  },
} as const;

/**
 * The terminal report of `kpi test`: one line per test with its count, then each failing
 * expectation with file:line, the KPI and period, expected and actual value and sample, and
 * the SQL that ran; last a summary line. Coloured when colours are on; English or Swedish.
 *
 * @example
 * formatTestPretty(results, { lang: 'en', colors: createColors(false), files: 6 });
 * // '✓ tickets-resolution  10/10\n…\n31 passed, 0 failed (6 files)\n'
 */
export function formatTestPretty(results: readonly KpiTestResult[], options: TestReportOptions): string {
  const w = WORDS[options.lang === 'sv' ? 'sv' : 'en'];
  const c = options.colors;
  const shown = options.shown ?? ((file: string) => file);
  if (results.length === 0) return `${w.none}\n`;
  const out: string[] = [];
  const groups = groupByTest(results);
  const width = Math.max(...[...groups.keys()].map((id) => id.length));
  for (const [test, list] of groups) {
    const passed = list.filter((r) => r.passed).length;
    const mark = passed === list.length ? c.green('✓') : c.red('✗');
    const count = `${passed}/${list.length}`.padStart(5);
    out.push(`${mark} ${test.padEnd(width)}  ${count}  ${c.dim(shown(list[0]!.file))}\n`);
  }
  const failures = results.filter((r) => !r.passed);
  for (const r of failures) {
    const sample = (n: number | null | undefined) =>
      n === undefined || n === null ? '' : ` (${w.sample} ${n})`;
    out.push(
      `\n${c.red(`✗ ${w.fail}`)}  ${c.bold(`${shown(r.file)}:${r.line}`)}  ${r.kpi} ${r.period}\n`,
      `  ${w.expected} ${number(r.expected)}${sample(r.expectedSample)}\n`,
      r.error === undefined
        ? `  ${w.actual} ${c.red(number(r.actual))}${sample(r.sample)}\n`
        : `  ${w.error} ${c.red(r.error)}\n`,
    );
    if (r.sql) out.push(`${c.dim(r.sql.trimEnd())}\n`);
  }
  const summary = w.summary(results.length - failures.length, failures.length);
  out.push(`\n${failures.length ? c.red(summary) : c.green(summary)} (${w.files(options.files)})\n`);
  return out.join('');
}

/**
 * The JSON report of `kpi test --format json`: counts and every result, for CI scripts
 * (scripts/test.mjs reads `passed` and `failed`).
 *
 * @example
 * JSON.parse(formatTestJson(results, { lang: 'en', colors, files: 6 })).failed; // 0
 */
export function formatTestJson(results: readonly KpiTestResult[], options: TestReportOptions): string {
  const shown = options.shown ?? ((file: string) => file);
  const failed = results.filter((r) => !r.passed).length;
  const report = {
    passed: results.length - failed,
    failed,
    files: options.files,
    results: results.map((r) => ({
      test: r.test,
      file: shown(r.file),
      line: r.line,
      kpi: r.kpi,
      period: r.period,
      expected: r.expected,
      ...(r.expectedSample !== undefined ? { expected_sample: r.expectedSample } : {}),
      tolerance: r.tolerance,
      actual: r.actual,
      sample: r.sample,
      passed: r.passed,
      ...(r.error !== undefined ? { error: r.error } : {}),
      ...(r.sql !== undefined ? { sql: r.sql } : {}),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A value as a reader checks it against a hand-worked one: up to seven decimals, "null" for none. */
function number(value: number | null): string {
  if (value === null) return 'null';
  return String(Number.isInteger(value) ? value : Number(value.toFixed(7)));
}

function groupByTest(results: readonly KpiTestResult[]): Map<string, KpiTestResult[]> {
  const groups = new Map<string, KpiTestResult[]>();
  for (const r of results) {
    const list = groups.get(r.test);
    if (list) list.push(r);
    else groups.set(r.test, [r]);
  }
  return groups;
}
