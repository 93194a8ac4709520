import { DEFAULT_TOLERANCE, type KpiTestModel, type TestRowValue } from '@nyckeltal/spec';
import type { Flat, FlatValue } from './flatten-definition.js';
import { putTitle } from './flatten-definition.js';

/**
 * A KPI test's settings (`kind: test`, docs/kpi-tests.md) as comparable text: each input
 * row (`rows.<source>[i]`) and each expected value (`expect.<kpi> <period>`). None is
 * breaking: a test checks the numbers, it does not make them, so a changed test needs no
 * version bump — but reviewers see which expectations moved.
 *
 * @example
 * flattenTest(test).get('expect.itsm.mttr 2026-10'); // { text: '8 (sample 3)', breaking: false }
 * flattenTest(test).get('rows.tickets[0]'); // { text: 'id: T1, opened_at: 2026-10-05T09:00:00+02:00, …', breaking: false }
 */
export function flattenTest(test: KpiTestModel): Flat {
  const out = new Map<string, FlatValue>();
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out.set(key, { text: value, breaking: false });
  };
  if (test.title) putTitle(put, test.title);
  put('description', test.description?.trim());
  put('replace', [...test.replace].sort().join(', '));
  for (const source of [...test.rows.keys()].sort()) {
    const rows = test.rows.get(source) ?? [];
    if (rows.length === 0) put(`rows.${source}`, 'no rows');
    rows.forEach((row, i) => {
      put(`rows.${source}[${i}]`, rowText(row.values));
    });
  }
  for (const e of test.expect) {
    const extras = [
      e.sample !== undefined ? `sample ${e.sample}` : undefined,
      e.tolerance !== DEFAULT_TOLERANCE ? `± ${e.tolerance}` : undefined,
    ].filter((x) => x !== undefined);
    const value = e.value === null ? 'no value' : String(e.value);
    put(`expect.${e.kpi} ${e.period}`, extras.length > 0 ? `${value} (${extras.join(', ')})` : value);
  }
  return out;
}

function rowText(values: Readonly<Record<string, TestRowValue>>): string {
  return Object.entries(values)
    .map(([field, value]) => `${field}: ${value === null ? 'empty' : String(value)}`)
    .join(', ');
}
