import { type KpiTestExpectation, type KpiTestModel, type ProjectModel, suggestName } from '@nyckeltal/spec';
import { UsageError } from '../exit-codes.js';
import type { Lang } from '../ui/messages.js';

/** A test and the expectations of it to run. */
export interface SelectedTest {
  readonly test: KpiTestModel;
  readonly expect: readonly KpiTestExpectation[];
}

/**
 * The project's tests to run, sorted by file then id: all of them, or with `filter` only
 * the test with that id (all its expectations) or the expectations of the KPI with that
 * id (in every test). A filter that matches nothing is a usage error with the nearest
 * test or KPI id.
 *
 * @example
 * selectTests(model, 'itsm.mttr', 'en').map((s) => s.expect.length); // [2] — MTTR's expectations only
 */
export function selectTests(model: ProjectModel, filter: string | undefined, lang: Lang): SelectedTest[] {
  const tests = [...(model.tests?.values() ?? [])].sort(
    (a, b) => a.origin.file.localeCompare(b.origin.file) || a.id.localeCompare(b.id),
  );
  if (filter === undefined) return tests.map((test) => ({ test, expect: test.expect }));
  const selected = tests.flatMap((test) => {
    const expect = test.id === filter ? test.expect : test.expect.filter((e) => e.kpi === filter);
    return expect.length > 0 ? [{ test, expect }] : [];
  });
  if (selected.length > 0) return selected;
  const names = [...tests.map((t) => t.id), ...tests.flatMap((t) => t.expect.map((e) => e.kpi))];
  const near = suggestName(filter, new Set(names));
  const sv = lang === 'sv';
  const text = sv
    ? `Inget test eller nyckeltal "${filter}" bland testerna.`
    : `No test or tested KPI "${filter}".`;
  const hint = near ? (sv ? ` Menade du ${near}?` : ` Did you mean ${near}?`) : '';
  throw new UsageError(text + hint, 'test');
}
