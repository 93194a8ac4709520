import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type LoadedDoc, locate } from '../load/loaded-doc.js';
import type { KpiDoc } from '../schemas/kpi-schema.js';
import { indexDocs, type Typed } from './doc-index.js';

/**
 * The KPI tree has no cycles: following `supports` never leads back to where it started.
 * Each cycle is reported once, with its path (a → b → c → a), at the link that closes it.
 *
 * @example
 * supportsCycles(docs)[0]?.message; // 'The KPI tree goes round in a circle: itsm.fcr → itsm.csat → itsm.fcr.'
 */
export function supportsCycles(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  const byId = new Map<string, Typed<KpiDoc>>();
  for (const kpi of index.kpis) if (!byId.has(kpi.data.id)) byId.set(kpi.data.id, kpi);
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const issues: Issue[] = [];

  // Iterative depth-first search: a chain of a thousand KPIs must not exhaust the stack.
  for (const root of byId.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const supports = byId.get(top.id)?.data.supports ?? [];
      if (top.next >= supports.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const linkIndex = top.next++;
      const target = supports[linkIndex]!;
      if (!byId.has(target)) continue;
      const seen = state.get(target);
      if (seen === 'open') {
        const path = stack.slice(stack.findIndex((f) => f.id === target)).map((f) => f.id);
        const key = [...path].sort().join('\u0000');
        if (reported.has(key)) continue;
        reported.add(key);
        const cycle = [...path, target].join(' → ');
        issues.push(
          createIssue('KPI0306', { cycle }, locate(byId.get(top.id)!.doc, ['supports', linkIndex])),
        );
      } else if (seen === undefined) {
        state.set(target, 'open');
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return issues;
}
