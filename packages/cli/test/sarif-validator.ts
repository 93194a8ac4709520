import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * A validator for the official SARIF 2.1.0 schema (fixtures/schema, draft-04) compiled
 * by ajv 8: draft-04's `id` becomes `$id`; see fixtures/README.md.
 *
 * @example
 * const validate = sarifValidator();
 * validate(JSON.parse(stdout)); // true
 */
export function sarifValidator() {
  const url = new URL('./fixtures/schema/sarif-schema-2.1.0.json', import.meta.url);
  const { $schema: _draft, id, ...schema } = JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
  // unicodeRegExp: false because the schema's `language` pattern has a stray "]" that the u flag rejects.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile({ ...schema, $id: String(id) });
}
