import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EngineSession, runKpis } from '@nyckeltal/engine';
import type { FieldType, Grain, ProjectModel } from '@nyckeltal/spec';
import { parse } from 'yaml';
import { defineCommand } from '../command-spec.js';
import { ExitCode } from '../exit-codes.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { parameterComment, planOne } from './compile.js';
import { projectOption } from './shared-options.js';

/** One expectation of a `kind: test` file (docs/kpi-tests.md). */
export interface TestExpectation {
  readonly kpi: string;
  readonly period: string;
  readonly value: number | null;
  readonly sample?: number;
  readonly tolerance?: number;
}

/** A `kind: test` file as read: rows per source id and the expectations. */
export interface KpiTestFile {
  readonly file: string;
  readonly id: string;
  readonly rows: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
  readonly expect: readonly TestExpectation[];
}

/** The outcome of one expectation. */
export interface TestOutcome {
  readonly test: string;
  readonly expectation: TestExpectation;
  readonly actual: { readonly value: number | null; readonly sample: number } | { readonly error: string };
  readonly passed: boolean;
}

const DUCKDB_TYPE: Record<FieldType, string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  timestamp: 'TIMESTAMPTZ',
  date: 'DATE',
};

/**
 * The grain a period key is written in: `2026-10-05` day, `2026-W41` week, `2026-10`
 * month, `2026-Q4` quarter, `2026` year; undefined for anything else.
 *
 * @example
 * grainOfPeriod('2026-Q4'); // 'quarter'
 */
export function grainOfPeriod(key: string): Grain | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(key)) return 'week';
  if (/^\d{4}-\d{2}$/.test(key)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(key)) return 'quarter';
  if (/^\d{4}$/.test(key)) return 'year';
  return undefined;
}

/**
 * Reads a test file's YAML into a KpiTestFile, or a list of problems with it.
 *
 * @example
 * readTestFile('tests/a.yaml', 'kind: test\nid: a\nrows: {}\nexpect: []\n'); // { test: { id: 'a', … } }
 */
export function readTestFile(file: string, text: string): { test?: KpiTestFile; problems: string[] } {
  let doc: Record<string, unknown> | null;
  try {
    doc = parse(text) as Record<string, unknown> | null;
  } catch (error) {
    return { problems: [`${file}: the YAML cannot be read: ${(error as Error).message.split('\n')[0]}`] };
  }
  const problems: string[] = [];
  if (doc?.kind !== 'test') return { problems: [`${file}: not a "kind: test" file`] };
  const rows = (doc.rows ?? {}) as KpiTestFile['rows'];
  const expect = Array.isArray(doc.expect) ? (doc.expect as TestExpectation[]) : [];
  if (expect.length === 0) problems.push(`${file}: no expectations under "expect"`);
  for (const [k, e] of expect.entries()) {
    if (
      typeof e?.kpi !== 'string' ||
      !grainOfPeriod(String(e.period)) ||
      !(e.value === null || typeof e.value === 'number')
    )
      problems.push(
        `${file}: expectation ${k + 1} needs kpi, a period key (2026-10, 2026-Q4 …) and a number or null as value`,
      );
  }
  const tests = {
    file,
    id: String(doc.id ?? file),
    rows,
    expect: expect.map((e) => ({ ...e, period: String(e.period) })),
  };
  return problems.length ? { problems } : { test: tests, problems };
}

/** Creates the project's table sources in an in-memory `project` database holding exactly the test's rows. */
async function loadRows(session: EngineSession, model: ProjectModel, test: KpiTestFile): Promise<void> {
  await session.execute("attach ':memory:' as project");
  for (const source of model.sources.values()) {
    const rows = test.rows[source.id] ?? [];
    if (source.from.kind !== 'table') {
      if (rows.length)
        throw new Error(`source "${source.id}" does not read a table; kpi test fills table sources only`);
      continue;
    }
    const fields = [...source.fields.values()];
    const table = `project.main."${source.from.table.replaceAll('"', '""')}"`;
    const columns = fields.map((f) => `"${f.column.replaceAll('"', '""')}" ${DUCKDB_TYPE[f.type]}`);
    await session.execute(`create table ${table} (${columns.join(', ')})`);
    const placeholders = fields.map((f, i) => `$${i + 1}::${DUCKDB_TYPE[f.type]}`).join(', ');
    for (const row of rows) {
      const unknown = Object.keys(row).filter((k) => !source.fields.has(k));
      if (unknown.length)
        throw new Error(`source "${source.id}" has no field ${unknown.map((k) => `"${k}"`).join(', ')}`);
      const values = fields.map((f) => {
        const v = row[f.name];
        return v === undefined || v === null
          ? null
          : typeof v === 'number' || typeof v === 'boolean'
            ? v
            : String(v);
      });
      await session.query({ sql: `insert into ${table} values (${placeholders})`, parameters: values });
    }
  }
}

/**
 * Runs one test file: loads its rows, computes every expected KPI and period with the
 * same compiler and engine as `kpi run`, and compares.
 *
 * @example
 * const outcomes = await runTestFile(model, test);
 * outcomes.filter((o) => !o.passed).length; // 0
 */
export async function runTestFile(model: ProjectModel, test: KpiTestFile): Promise<TestOutcome[]> {
  const session = await EngineSession.open({});
  const outcomes: TestOutcome[] = [];
  try {
    await loadRows(session, model, test);
    for (const expectation of test.expect) {
      const fail = (error: string) =>
        outcomes.push({ test: test.id, expectation, actual: { error }, passed: false });
      if (!model.kpis.has(expectation.kpi)) {
        fail(`no KPI "${expectation.kpi}"`);
        continue;
      }
      const grain = grainOfPeriod(expectation.period)!;
      const snapshot = await runKpis(session, model, [expectation.kpi], {
        grain,
        period: expectation.period,
        history: 1,
      });
      const kpi = snapshot.kpis[0];
      if (!kpi) {
        fail('the engine returned no value');
        continue;
      }
      const tolerance = expectation.tolerance ?? 1e-6;
      const valueOk =
        expectation.value === null
          ? kpi.value === null
          : kpi.value !== null && Math.abs(kpi.value - expectation.value) <= tolerance;
      const sampleOk = expectation.sample === undefined || expectation.sample === kpi.sample;
      outcomes.push({
        test: test.id,
        expectation,
        actual: { value: kpi.value, sample: kpi.sample },
        passed: valueOk && sampleOk,
      });
    }
  } catch (error) {
    for (const expectation of test.expect.filter((e) => !outcomes.some((o) => o.expectation === e)))
      outcomes.push({
        test: test.id,
        expectation,
        actual: { error: (error as Error).message },
        passed: false,
      });
  } finally {
    session.close();
  }
  return outcomes;
}

/**
 * `kpi test [--project d]`: runs the KPI tests in the project's tests/ folder
 * (docs/kpi-tests.md) and reports each failing expectation with expected, actual and the
 * SQL that ran. Exit 0 when all pass, 1 when any fails.
 *
 * @example
 * // pnpm kpi test --project kpis
 */
export const test = defineCommand({
  name: 'test',
  summary: { en: 'Run the KPI tests in tests/', sv: 'Kör nyckeltalstesterna i tests/' },
  usage: 'kpi test [--project <dir>]',
  options: { project: projectOption },
  async run(args, ctx) {
    const sv = ctx.lang === 'sv';
    const project = await loadProject(args.values.project, ctx);
    if (!project.model) return reportProjectIssues(project, ctx);
    const model = project.model;
    const dir = join(model.root, 'tests');
    const names = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.ya?ml$/.test(f)).sort();
    let failed = 0;
    let passed = 0;
    for (const name of names) {
      const { test: file, problems } = readTestFile(`tests/${name}`, await readFile(join(dir, name), 'utf8'));
      for (const p of problems) ctx.io.stderr(`${ctx.colors.red('error')}  ${p}\n`);
      failed += problems.length;
      if (!file) continue;
      for (const o of await runTestFile(model, file)) {
        if (o.passed) {
          passed++;
          continue;
        }
        failed++;
        const e = o.expectation;
        const actual = 'error' in o.actual ? o.actual.error : `${o.actual.value} (sample ${o.actual.sample})`;
        ctx.io.stdout(
          `${ctx.colors.red('✗ FAIL')}  ${file.file}  ${e.kpi} ${e.period}\n` +
            `  ${sv ? 'väntat' : 'expected'} ${e.value}${e.sample === undefined ? '' : ` (sample ${e.sample})`}\n` +
            `  ${sv ? 'fick' : 'actual'}   ${actual}\n`,
        );
        const kpi = model.kpis.get(e.kpi);
        const query = kpi ? planOne(model, e.kpi, grainOfPeriod(e.period)!).queries[0] : undefined;
        if (query) ctx.io.stdout(`${parameterComment(query.query.parameters)}${query.query.sql}\n\n`);
      }
    }
    const summary = sv ? `${passed} godkända, ${failed} underkända` : `${passed} passed, ${failed} failed`;
    ctx.io.stdout(
      `${failed ? ctx.colors.red(summary) : ctx.colors.green(summary)} (${names.length} ${sv ? 'filer' : 'files'})\n`,
    );
    return failed ? ExitCode.IssuesFound : ExitCode.Clean;
  },
});
