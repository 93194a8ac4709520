// Builds examples/servicenow/snapshots/ with the engine's buildSnapshots, exactly what
// `pnpm kpi build --project examples/servicenow` does; this script stands in for that
// command until it lands in packages/cli. Run from the repository root:
//   pnpm exec tsx examples/servicenow/scripts/build-snapshot.ts
import { resolve } from 'node:path';
import { readProject } from '@nyckeltal/cli';
import { buildSnapshots } from '@nyckeltal/engine';
import { validateProject } from '@nyckeltal/spec';

const root = resolve(import.meta.dirname, '..');
const read = await readProject(root);
const { model, issues } = validateProject({ root, files: read.files }, { strict: true });
for (const issue of issues)
  console.error(`${issue.file ?? ''}:${issue.line ?? ''}  ${issue.code}  ${issue.message}`);
if (!model) process.exit(1);

const result = await buildSnapshots(model);
for (const issue of result.issues) console.error(`${issue.severity}  ${issue.code}  ${issue.message}`);
if (!result.ok) {
  console.error('Nothing written: fix the errors above.');
  process.exit(1);
}
console.log(`Wrote ${result.files.join(', ')} to ${result.outDir}`);
