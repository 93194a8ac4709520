// Writes the published JSON Schemas (packages/spec/schema/*.schema.json) from the TypeScript
// schema objects in src/schemas, the one source of truth. Run after changing a schema:
//   pnpm exec tsx packages/spec/scripts/write-schemas.ts
// src/schemas/published-schemas.test.ts fails while the committed files differ.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publishedSchemas, schemaJson } from '../src/schemas/schemas.js';

const folder = fileURLToPath(new URL('../schema/', import.meta.url));
for (const stem of Object.keys(publishedSchemas) as (keyof typeof publishedSchemas)[]) {
  writeFileSync(`${folder}${stem}.schema.json`, schemaJson(stem));
  console.log(`wrote schema/${stem}.schema.json`);
}
