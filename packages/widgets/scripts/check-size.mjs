// Prints the gzip size of the bundle and fails the build above the budget (issue 5: 30 KB).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
const file = new URL('../dist/widgets.js', import.meta.url);
const bytes = readFileSync(file);
const gzip = gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`widgets.js: ${kb(bytes.length)} raw, ${kb(gzip)} gzip (budget ${kb(BUDGET)})`);
if (gzip > BUDGET) {
  console.error(`widgets.js is ${kb(gzip - BUDGET)} over the gzip budget.`);
  process.exit(1);
}
