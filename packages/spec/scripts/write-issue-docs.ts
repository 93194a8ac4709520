// Writes docs/issue-codes.md from the issue catalog. Run after adding a code:
//   pnpm exec tsx packages/spec/scripts/write-issue-docs.ts
// src/docs/render-issue-docs.test.ts fails while the committed page is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderIssueDocs } from '../src/docs/render-issue-docs.js';

const target = fileURLToPath(new URL('../../../docs/issue-codes.md', import.meta.url));
writeFileSync(target, renderIssueDocs());
console.log('wrote docs/issue-codes.md');
