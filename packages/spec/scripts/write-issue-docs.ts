// Writes docs/issue-codes.md from the issue catalog, English and Swedish (catalog-*.sv.ts).
// Run after adding or rewording a code:
//   pnpm exec tsx packages/spec/scripts/write-issue-docs.ts
// test/issue-docs.test.ts fails while the committed page is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderIssueDocs } from '../src/docs/render-issue-docs.js';

const target = fileURLToPath(new URL('../../../docs/issue-codes.md', import.meta.url));
writeFileSync(target, renderIssueDocs());
console.log('wrote docs/issue-codes.md');
