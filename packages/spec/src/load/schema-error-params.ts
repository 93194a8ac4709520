import type { ErrorObject } from 'ajv';
import type { DefinitionKind } from '../schemas/schemas.js';
import { suggestName } from '../suggest-name.js';
import type { DocPath } from './loaded-doc.js';

/** What one ajv error becomes: a catalog code, its params, and (for keys) which key to point at. */
export interface MappedSchemaError {
  code: string;
  params: Record<string, string | number>;
  key?: string;
}

interface SchemaNode {
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  propertyNames?: SchemaNode;
  patternErrorMessage?: string;
  anyOf?: SchemaNode[];
}

const KIND_NOUN: Record<DefinitionKind, string> = {
  kpi: 'a KPI',
  source: 'a source',
  scorecard: 'a scorecard',
  calendar: 'a calendar',
  sla: 'an SLA policy',
  test: 'a KPI test',
  project: 'nyckeltal.yaml',
};

/**
 * Words an ajv error for a KPI owner: names the setting by its place in the file
 * ("from" in targets item 1), says what was expected and what was found, lists the
 * allowed values and suggests the nearest valid name.
 *
 * @example
 * schemaErrorParams('kpi', ['direction'], enumError).params;
 * // { value: 'lowr', field: '"direction"', allowed: 'higher, lower', suggestion: 'Did you mean "lower"? ' }
 */
export function schemaErrorParams(
  kind: DefinitionKind,
  path: DocPath,
  error: ErrorObject,
): MappedSchemaError {
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const field = label(kind, path);
  const description = schema.description ?? `See the ${kind} reference in docs/reference.md.`;
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(p.additionalProperty);
      const allowed = Object.keys(schema.properties ?? {});
      const suggestion = suggestName(property, allowed);
      return {
        code: 'KPI0101',
        key: property,
        params: {
          property,
          where: field,
          suggestion: suggestion ? `Did you mean "${suggestion}"? ` : '',
          allowed: allowed.length > 0 ? allowed.join(', ') : (schema.description ?? 'none'),
        },
      };
    }
    case 'required': {
      const property = String(p.missingProperty);
      const about = schema.properties?.[property]?.description ?? '';
      return { code: 'KPI0102', params: { property, where: capitalize(field), description: about } };
    }
    case 'enum': {
      const allowed = ((p.allowedValues as unknown[]) ?? []).map(String);
      const value = String(error.data);
      const suggestion = suggestName(value, allowed);
      return {
        code: 'KPI0103',
        params: {
          value,
          field,
          allowed: allowed.join(', '),
          suggestion: suggestion ? `Did you mean "${suggestion}"? ` : '',
        },
      };
    }
    case 'const':
      return {
        code: 'KPI0103',
        params: { value: String(error.data), field, allowed: String(p.allowedValue), suggestion: '' },
      };
    case 'type':
      return {
        code: 'KPI0104',
        params: {
          field: capitalize(field),
          expected: expectedTypes(String(p.type).split(',')),
          found: describeFound(error.data),
          description,
        },
      };
    case 'anyOf':
    case 'oneOf':
      return {
        code: 'KPI0104',
        params: {
          field: capitalize(field),
          expected: (schema.anyOf ?? []).map(describeBranch).join(' or ') || 'another form',
          found: describeFound(error.data),
          description,
        },
      };
    case 'pattern':
      return {
        code: 'KPI0105',
        params: {
          value: String(error.data),
          field,
          rule: schema.patternErrorMessage ?? `it must match ${String(p.pattern)}`,
          description,
        },
      };
    case 'format':
      return {
        code: 'KPI0105',
        params: {
          value: String(error.data),
          field,
          rule: p.format === 'date' ? 'there is no such day' : `it is not a valid ${String(p.format)}`,
          description,
        },
      };
    case 'propertyNames': {
      const name = String(p.propertyName);
      return {
        code: 'KPI0105',
        key: name,
        params: {
          value: name,
          field: `a name in ${field}`,
          rule: schema.propertyNames?.patternErrorMessage ?? 'the name is not allowed',
          description,
        },
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        code: 'KPI0106',
        params: {
          field: capitalize(field),
          value: String(error.data),
          comparison: comparisonWords(error.keyword),
          limit: Number(p.limit),
          description,
        },
      };
    case 'minItems':
    case 'minProperties':
    case 'minLength': {
      const limit = Number(p.limit);
      const plural = { minItems: 'items', minProperties: 'entries', minLength: 'characters' }[error.keyword];
      const singular = { minItems: 'item', minProperties: 'entry', minLength: 'character' }[error.keyword];
      const things = limit === 1 ? singular : plural;
      return { code: 'KPI0107', params: { field: capitalize(field), limit, things, description } };
    }
    case 'uniqueItems': {
      const list = Array.isArray(error.data) ? error.data : [];
      return { code: 'KPI0108', params: { field: capitalize(field), value: String(list[Number(p.i)]) } };
    }
    default:
      return {
        code: 'KPI0109',
        params: { field: capitalize(field), detail: error.message ?? error.keyword, description },
      };
  }
}

/** `[]` → 'a KPI'; `['owner', 'email']` → '"email" in owner'; `['targets', 0]` → 'item 1 of targets'. */
export function label(kind: DefinitionKind, path: DocPath): string {
  if (path.length === 0) return KIND_NOUN[kind];
  const last = path[path.length - 1]!;
  const parents = path.slice(0, -1);
  if (typeof last === 'number') {
    const where = parents.length > 0 ? ` of ${describeParents(parents)}` : '';
    return `item ${last + 1}${where}`;
  }
  return parents.length > 0 ? `"${last}" in ${describeParents(parents)}` : `"${last}"`;
}

function describeParents(parents: DocPath): string {
  return parents.map((s) => (typeof s === 'number' ? `item ${s + 1}` : s)).join(' → ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of "key: value" lines',
  null: 'empty',
};

function expectedTypes(types: readonly string[]): string {
  return types.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}

function describeBranch(branch: SchemaNode): string {
  if (branch.enum) return `one of ${branch.enum.map(String).join(', ')}`;
  const types = Array.isArray(branch.type) ? branch.type : branch.type ? [branch.type] : [];
  return expectedTypes(types);
}

/** How a found value reads in a message: 'the number 8', 'a list', 'empty'. */
export function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'boolean') return `${value}`;
  return `the number ${String(value)}`;
}

function comparisonWords(keyword: string): string {
  if (keyword === 'minimum') return 'at least';
  if (keyword === 'maximum') return 'at most';
  if (keyword === 'exclusiveMinimum') return 'more than';
  return 'less than';
}
