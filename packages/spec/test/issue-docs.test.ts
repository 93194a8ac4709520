import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderIssueDocs } from '../src/docs/render-issue-docs.js';
import { issueCatalog } from '../src/issues/issue-catalog.js';

describe('docs/issue-codes.md', () => {
  it('is up to date with the issue catalog', () => {
    const committed = readFileSync(new URL('../../../docs/issue-codes.md', import.meta.url), 'utf8');
    // When this fails: pnpm exec tsx packages/spec/scripts/write-issue-docs.ts
    expect(committed).toBe(renderIssueDocs());
  });

  it('has a section for every code in the catalog', () => {
    const page = renderIssueDocs();
    for (const code of issueCatalog.keys()) expect(page).toContain(`### ${code} `);
  });
});

describe('the issue catalog', () => {
  it('gives every code the form KPI plus four digits, a message and a hint', () => {
    for (const def of issueCatalog.values()) {
      expect(def.code).toMatch(/^KPI\d{4}$/);
      expect(def.message.length, def.code).toBeGreaterThan(10);
      expect(def.hint?.length ?? 0, def.code).toBeGreaterThan(0);
    }
  });
});
