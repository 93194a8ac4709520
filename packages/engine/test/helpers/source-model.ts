import type { FieldModel, FieldType, SourceFrom, SourceModel } from '@nyckeltal/spec';

type FieldSpec = FieldType | (Partial<FieldModel> & { type: FieldType });

/**
 * A normalized source for tests, as `normalize` would produce it.
 *
 * @example
 * sourceModel('tickets', { kind: 'file', path: 'a.csv', format: 'csv' }, { id: { type: 'string', key: true } });
 */
export function sourceModel(
  id: string,
  from: SourceFrom,
  fields: Record<string, FieldSpec>,
  timeZone = 'Europe/Stockholm',
): SourceModel {
  const models = Object.entries(fields).map(([name, spec]): [string, FieldModel] => {
    const s = typeof spec === 'string' ? { type: spec } : spec;
    return [name, { name, column: name, key: false, ...s }];
  });
  return {
    id,
    title: { en: id },
    from,
    timeZone,
    fields: new Map(models),
    origin: { file: `sources/${id}.yaml`, line: 1, column: 1 },
  };
}
