#!/usr/bin/env tsx
import { generateDemoData } from './generate-demo-data.js';
import { DEMO_USAGE, parseDemoArgs } from './parse-demo-args.js';

// The command-line edge: argv in, a summary out, exit 0 on success, 2 on a usage error.
const args = parseDemoArgs(process.argv.slice(2));
if (args.kind === 'help') {
  console.log(DEMO_USAGE);
} else if (args.kind === 'error') {
  console.error(args.message);
  process.exitCode = 2;
} else {
  try {
    const stats = await generateDemoData(args.options, (tables, ms) =>
      console.error(`  ${tables.join(', ')}  ${(ms / 1000).toFixed(1)} s`),
    );
    const total = Object.values(stats.rows).reduce((sum, n) => sum + n, 0);
    console.log(
      `Wrote ${stats.file}: ${stats.start} to ${stats.end} (exclusive), seed ${stats.seed}, ` +
        `${total.toLocaleString('en')} rows in ${(stats.milliseconds / 1000).toFixed(1)} s`,
    );
    for (const [table, n] of Object.entries(stats.rows))
      console.log(`  ${table.padEnd(22)} ${n.toLocaleString('en')}`);
  } catch (error) {
    console.error(error instanceof RangeError ? error.message : error);
    process.exitCode = error instanceof RangeError ? 2 : 1;
  }
}
