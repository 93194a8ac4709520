import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const schemaPath = join(import.meta.dirname, '..', '..', '..', 'spec', 'schema', 'snapshot.schema.json');

/** The published snapshot schema (packages/spec/schema/snapshot.schema.json), compiled once. */
export function snapshotValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
}
