import type { FieldModel, FieldType } from '../model.js';
import type { SourceDoc } from '../schemas/source-schema.js';

/**
 * The fields of a schema-valid source as FieldModels: the shorthand `opened_at: timestamp`
 * and the long form `{ type, column, key, values, format, description }` alike.
 *
 * @example
 * normalizeFields({ opened_at: 'timestamp', resolved_at: { type: 'timestamp', column: 'sys_resolved_at' } })
 *   .get('resolved_at'); // { name: 'resolved_at', type: 'timestamp', column: 'sys_resolved_at', key: false }
 */
export function normalizeFields(fields: SourceDoc['fields']): ReadonlyMap<string, FieldModel> {
  const out = new Map<string, FieldModel>();
  for (const [name, spec] of Object.entries(fields)) {
    if (typeof spec === 'string') {
      out.set(name, { name, type: spec as FieldType, column: name, key: false });
      continue;
    }
    const field: FieldModel = {
      name,
      type: spec.type as FieldType,
      column: spec.column ?? name,
      key: spec.key ?? false,
      ...(spec.values ? { values: [...spec.values] } : {}),
      ...(spec.format ? { format: spec.format } : {}),
      ...(spec.description ? { description: spec.description } : {}),
    };
    out.set(name, field);
  }
  return out;
}
