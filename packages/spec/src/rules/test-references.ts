import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate, locateKey } from '../load/loaded-doc.js';
import { readPeriodKey } from '../normalize/period-key.js';
import type { TestDoc } from '../schemas/test-schema.js';
import { suggestName } from '../suggest-name.js';
import { type DocIndex, didYouMean, indexDocs, listNames, type Typed } from './doc-index.js';

/**
 * A KPI test's references resolve and make sense: every expected KPI exists, every period
 * is a real period (its form gives the grain), no KPI and period is expected twice, every
 * source under `rows` and `replace` exists, and each source given rows can be filled: it
 * reads a table, or the test lists it under `replace` (a file or SQL source), and it is not
 * an SLA policy (whose rows are computed from its tickets).
 *
 * @example
 * testReferences(docs)[0]?.message; // 'Test "surveys" expects a value of KPI "cx.nsp", but there is no KPI with that id.'
 */
export function testReferences(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  return index.tests.flatMap((test) => [...checkExpectations(index, test), ...checkSources(index, test)]);
}

function checkExpectations(index: DocIndex, { doc, data }: Typed<TestDoc>): Issue[] {
  const issues: Issue[] = [];
  const kpis = [...index.ids.kpi.keys()];
  const seen = new Map<string, number>();
  for (const [i, e] of data.expect.entries()) {
    if (!index.ids.kpi.has(e.kpi)) {
      const params = {
        test: data.id,
        kpi: e.kpi,
        suggestion: didYouMean(suggestName(e.kpi, kpis)),
        known: listNames(kpis, 8),
      };
      issues.push(createIssue('KPI0901', params, locate(doc, ['expect', i, 'kpi'])));
    }
    const period = readPeriodKey(e.period);
    if (!period.ok) {
      const params = { test: data.id, kpi: e.kpi, period: period.key, detail: period.problem };
      issues.push(createIssue('KPI0902', params, locate(doc, ['expect', i, 'period'])));
      continue;
    }
    const key = `${e.kpi}\u0000${period.key}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      continue;
    }
    const params = { test: data.id, kpi: e.kpi, period: period.key, first: first + 1, second: i + 1 };
    issues.push(createIssue('KPI0910', params, locate(doc, ['expect', i])));
  }
  return issues;
}

function checkSources(index: DocIndex, { doc, data }: Typed<TestDoc>): Issue[] {
  const issues: Issue[] = [];
  const known = [...index.ids.source.keys(), ...index.ids.sla.keys()];
  const replace = data.replace ?? [];
  const unknown = (source: string, setting: string, at: ReturnType<typeof locate>) =>
    createIssue(
      'KPI0903',
      {
        test: data.id,
        source,
        setting,
        suggestion: didYouMean(suggestName(source, known)),
        known: listNames(known),
      },
      at,
    );
  for (const [i, source] of replace.entries()) {
    const at = locate(doc, ['replace', i]);
    if (!index.ids.source.has(source)) {
      issues.push(unknown(source, 'replace', at));
      continue;
    }
    if (readsTable(index, source)) issues.push(createIssue('KPI0909', { test: data.id, source }, at));
  }
  for (const source of Object.keys(data.rows ?? {})) {
    const at = locateKey(doc, ['rows'], source);
    const sla = index.ids.source.has(source) ? undefined : index.ids.sla.get(source);
    if (sla) {
      const tickets = typeof sla.value.source === 'string' ? sla.value.source : 'its tickets';
      issues.push(createIssue('KPI0908', { test: data.id, source, tickets }, at));
      continue;
    }
    if (!index.ids.source.has(source)) {
      issues.push(unknown(source, 'rows', at));
      continue;
    }
    const from = readsTable(index, source);
    if (from === false && !replace.includes(source)) {
      const what = fromWords(index, source);
      if (what) issues.push(createIssue('KPI0907', { test: data.id, source, from: what }, at));
    }
  }
  return issues;
}

/** True for a source reading a table of the project database; undefined when the source is not schema-valid. */
function readsTable(index: DocIndex, id: string): boolean | undefined {
  const source = index.sources.find((s) => s.data.id === id);
  if (!source) return undefined;
  const { file, table, sql } = source.data.from;
  return table !== undefined && file === undefined && sql === undefined;
}

function fromWords(index: DocIndex, id: string): string | undefined {
  const from = index.sources.find((s) => s.data.id === id)?.data.from;
  if (!from) return undefined;
  if (from.sql !== undefined) return 'a SQL query';
  if (from.file !== undefined) return `the file ${from.file}`;
  return undefined;
}
