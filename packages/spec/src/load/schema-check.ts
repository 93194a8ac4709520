import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type DefinitionKind, definitionSchemas } from '../schemas/schemas.js';
import { type DocPath, type LoadedDoc, locate, locateKey } from './loaded-doc.js';
import { pruneAlternatives } from './prune-alternatives.js';
import { schemaErrorParams } from './schema-error-params.js';

// verbose: errors carry the failing data and schema, which the messages quote.
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
addFormatsModule.default(ajv, ['date', 'email']);

// Compiled once, at module load: validating a thousand files reuses them.
const validators: Record<DefinitionKind, ValidateFunction> = {
  kpi: ajv.compile(definitionSchemas.kpi),
  source: ajv.compile(definitionSchemas.source),
  scorecard: ajv.compile(definitionSchemas.scorecard),
  calendar: ajv.compile(definitionSchemas.calendar),
  sla: ajv.compile(definitionSchemas.sla),
  test: ajv.compile(definitionSchemas.test),
  project: ajv.compile(definitionSchemas.project),
};

/**
 * Checks a loaded document against its kind's JSON Schema. Every ajv error becomes an issue
 * at the file position of the offending node (the key itself for an unknown setting), worded
 * for a KPI owner: which setting, what was expected, and the nearest valid name.
 *
 * @example
 * checkSchema(doc).map((i) => i.message);
 * // ['"treshold" is not a setting of a KPI.'] with hint 'Did you mean "thresholds"? The settings allowed here are: …'
 */
export function checkSchema(doc: LoadedDoc): Issue[] {
  const validate = validators[doc.kind];
  if (validate(doc.value)) return [];
  const pruned = pruneAlternatives(validate.errors ?? []);
  // "2026-1-1" breaks both the date pattern and the date format; the pattern's message says more.
  const badPattern = new Set(pruned.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath));
  const errors = pruned.filter((e) => e.keyword !== 'format' || !badPattern.has(e.instancePath));
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const error of errors) {
    const issue = errorIssue(doc, error);
    if (!issue) continue;
    const key = `${issue.code}|${issue.line}|${issue.column}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/** `/targets/0/from` → ['targets', 0, 'from'] (JSON Pointer unescaping included). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function errorIssue(doc: LoadedDoc, error: ErrorObject): Issue | undefined {
  // Errors inside propertyNames repeat the propertyNames error itself.
  if (error.propertyName !== undefined && error.keyword !== 'propertyNames') return undefined;
  const path: DocPath = pointerToPath(error.instancePath);
  const mapped = schemaErrorParams(doc.kind, path, error);
  const at = mapped.key !== undefined ? locateKey(doc, path, mapped.key) : locate(doc, path);
  return createIssue(mapped.code, mapped.params, at);
}
