import { type DocPath, type LoadedDoc, locate } from '../load/loaded-doc.js';
import type { KpiTestExpectation, KpiTestModel, KpiTestRow, Origin, TestRowValue } from '../model.js';
import type { Typed } from '../rules/doc-index.js';
import type { TestDoc } from '../schemas/test-schema.js';
import { localize } from './normalize-text.js';
import { readPeriodKey } from './period-key.js';

/** A value within this of the expected one passes: enough for a value written with seven decimals. */
export const DEFAULT_TOLERANCE = 1e-6;

/**
 * The KpiTestModel of a schema-valid, rule-checked `kind: test` document: period keys read
 * (a YAML year 2026 becomes '2026') with their grain, the default tolerance filled in, and
 * each row and expectation with the file position it was written at, for reports.
 *
 * @example
 * const test = normalizeTest({ doc, data });
 * test.expect[0]; // { kpi: 'itsm.mttr', period: '2026-10', grain: 'month', value: 5, tolerance: 1e-6, origin: { file: 'tests/a.yaml', line: 9, column: 5 } }
 */
export function normalizeTest({ doc, data }: Typed<TestDoc>): KpiTestModel {
  const rows = new Map<string, readonly KpiTestRow[]>();
  for (const [source, list] of Object.entries(data.rows ?? {})) {
    rows.set(
      source,
      list.map((values, i) => ({
        values: { ...(values as Readonly<Record<string, TestRowValue>>) },
        origin: originAt(doc, ['rows', source, i]),
      })),
    );
  }
  const expect = data.expect.map((e, i): KpiTestExpectation => {
    const period = readPeriodKey(e.period);
    if (!period.ok) throw new Error(`Bug: normalize called on test ${data.id} with period "${period.key}"`);
    return {
      kpi: e.kpi,
      period: period.key,
      grain: period.grain,
      value: e.value,
      ...(e.sample !== undefined ? { sample: e.sample } : {}),
      tolerance: e.tolerance ?? DEFAULT_TOLERANCE,
      origin: originAt(doc, ['expect', i]),
    };
  });
  return {
    id: data.id,
    ...(data.title !== undefined ? { title: localize(data.title) } : {}),
    ...(data.description !== undefined ? { description: data.description.trim() } : {}),
    rows,
    replace: [...(data.replace ?? [])],
    expect,
    origin: { file: doc.file, line: 1, column: 1 },
  };
}

function originAt(doc: LoadedDoc, path: DocPath): Origin {
  const { file, line, column } = locate(doc, path);
  return { file, line, column };
}
