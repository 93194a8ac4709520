import { describe, expect, it } from 'vitest';
import { issueCatalog } from './issue-catalog.js';
import { issueCatalogSv } from './issue-catalog-sv.js';
import { templatePlaceholders } from './localize-issue.js';

// When a test here fails after a new code: add its Swedish words to the catalog-<area>.sv.ts
// file beside the English one, with exactly the English placeholders.
describe('the Swedish issue catalog', () => {
  it('has a Swedish message for every code of the catalog, and a hint wherever the English has one', () => {
    const missing = [...issueCatalog.values()]
      .filter((d) => {
        const sv = issueCatalogSv.get(d.code);
        return !sv || sv.message.trim() === '' || (d.hint !== undefined && !sv.hint);
      })
      .map((d) => d.code);
    expect(missing).toEqual([]);
  });

  it('has no code the English catalog lacks, and no hint the English does not have', () => {
    const extra = [...issueCatalogSv.entries()]
      .filter(
        ([code, sv]) => !issueCatalog.has(code) || (sv.hint !== undefined && !issueCatalog.get(code)!.hint),
      )
      .map(([code]) => code);
    expect(extra).toEqual([]);
  });

  it('uses exactly the placeholders of the English message and hint', () => {
    const mismatched: string[] = [];
    for (const def of issueCatalog.values()) {
      const sv = issueCatalogSv.get(def.code);
      if (!sv) continue;
      const pairs: [string, string | undefined, string | undefined][] = [
        ['message', def.message, sv.message],
        ['hint', def.hint, sv.hint],
      ];
      for (const [part, en, swedish] of pairs) {
        const want = templatePlaceholders(en ?? '').join(',');
        const got = templatePlaceholders(swedish ?? '').join(',');
        if (want !== got) mismatched.push(`${def.code} ${part}: en {${want}} sv {${got}}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('is written in Swedish, not copied from the English', () => {
    // A message may repeat the English only where it is made of placeholders and code, as '{description}' is.
    const copied = [...issueCatalog.values()]
      .filter((d) => issueCatalogSv.get(d.code)?.message === d.message && /[a-z]{4}/.test(d.message))
      .map((d) => d.code);
    expect(copied).toEqual([]);
  });

  it('lists the same measure functions in KPI0202 as the English hint', () => {
    const names = (hint: string | undefined) => hint?.split(': ')[1];
    expect(names(issueCatalogSv.get('KPI0202')?.hint)).toBe(names(issueCatalog.get('KPI0202')?.hint));
    expect(issueCatalogSv.get('KPI0202')?.hint).toMatch(/^Funktionerna är: count, count_distinct, sum, /);
  });
});
