import { EngineSession, runKpis } from '@nyckeltal/engine';
import type { KpiTestExpectation, KpiTestModel, ProjectModel, SnapshotKpi } from '@nyckeltal/spec';
import { parameterComment, planOne } from '../commands/compile.js';
import { loadTestRows, testModel } from './load-test-rows.js';

/** The outcome of one expectation of a KPI test. */
export interface KpiTestResult {
  /** The test's id. */
  readonly test: string;
  /** Where the expectation is written: the test file (relative to the project) and line. */
  readonly file: string;
  readonly line: number;
  readonly kpi: string;
  readonly period: string;
  readonly expected: number | null;
  /** The expected sample, when the test gives one. */
  readonly expectedSample?: number;
  readonly tolerance: number;
  /** What the engine computed; null when the period has no value or the run failed. */
  readonly actual: number | null;
  readonly sample: number | null;
  readonly passed: boolean;
  /** Why the KPI could not be computed at all. */
  readonly error?: string;
  /** For a failed expectation: the KPI's SQL at the period's grain, with its bound parameters. */
  readonly sql?: string;
}

/**
 * Runs one KPI test: an in-memory DuckDB session whose project database holds exactly the
 * test's rows (loadTestRows), then every expected KPI and period computed with `runKpis` —
 * the planner, compiler and engine of `kpi run` — and compared with the expectation (value
 * within the tolerance, sample exactly when given). Expectations sharing a period are
 * computed together. A failed expectation carries its SQL, so it can be read and rerun by hand.
 *
 * @example
 * const results = await runKpiTest(model, model.tests!.get('surveys')!);
 * results.filter((r) => !r.passed); // []
 */
export async function runKpiTest(
  model: ProjectModel,
  test: KpiTestModel,
  expectations: readonly KpiTestExpectation[] = test.expect,
): Promise<KpiTestResult[]> {
  const outcomes = new Map<KpiTestExpectation, SnapshotKpi | { error: string }>();
  const session = await EngineSession.open({});
  try {
    const project = testModel(model);
    await loadTestRows(session, project, test);
    for (const group of byPeriod(expectations)) {
      const { grain, period } = group[0]!;
      const kpis = [...new Set(group.map((e) => e.kpi))];
      const snapshot = await runKpis(session, project, kpis, { grain, period, history: 1 });
      for (const e of group) {
        const kpi = snapshot.kpis.find((k) => k.id === e.kpi);
        outcomes.set(e, kpi ?? { error: 'the engine returned no value for this KPI' });
      }
    }
  } catch (error) {
    // Only bugs and the engine's own failures get here: the spec has checked the test already.
    const message = error instanceof Error ? error.message : String(error);
    for (const e of expectations) if (!outcomes.has(e)) outcomes.set(e, { error: message });
  } finally {
    session.close();
  }
  return expectations.map((e) => result(model, test, e, outcomes.get(e)!));
}

function result(
  model: ProjectModel,
  test: KpiTestModel,
  e: KpiTestExpectation,
  outcome: SnapshotKpi | { error: string },
): KpiTestResult {
  const base = {
    test: test.id,
    file: e.origin.file,
    line: e.origin.line,
    kpi: e.kpi,
    period: e.period,
    expected: e.value,
    ...(e.sample !== undefined ? { expectedSample: e.sample } : {}),
    tolerance: e.tolerance,
  };
  if ('error' in outcome)
    return { ...base, actual: null, sample: null, passed: false, error: outcome.error, sql: sqlOf(model, e) };
  const actual = outcome.value;
  const valueOk =
    e.value === null ? actual === null : actual !== null && Math.abs(actual - e.value) <= e.tolerance;
  const passed = valueOk && (e.sample === undefined || e.sample === outcome.sample);
  return {
    ...base,
    actual,
    sample: outcome.sample,
    passed,
    ...(passed ? {} : { sql: sqlOf(model, e) }),
  };
}

/** The KPI's SQL at the expectation's grain, as `kpi compile` prints it. */
function sqlOf(model: ProjectModel, e: KpiTestExpectation): string | undefined {
  const query = planOne(model, e.kpi, e.grain).queries[0]?.query;
  return query ? `${parameterComment(query.parameters)}${query.sql}` : undefined;
}

/** Expectations grouped by period key (which fixes the grain), in the order first written. */
function byPeriod(expectations: readonly KpiTestExpectation[]): KpiTestExpectation[][] {
  const groups = new Map<string, KpiTestExpectation[]>();
  for (const e of expectations) {
    const group = groups.get(e.period);
    if (group) group.push(e);
    else groups.set(e.period, [e]);
  }
  return [...groups.values()];
}
