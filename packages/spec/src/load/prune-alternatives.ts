import type { ErrorObject } from 'ajv';

/** Keywords that say "this value has the wrong shape altogether" for a branch. */
const SHAPE_KEYWORDS = new Set(['type', 'enum', 'const']);

/**
 * ajv reports every branch of an anyOf/oneOf that failed, which is noise: a title written
 * as a mapping with a typo does not need "must be string" too. For each alternative this
 * keeps the errors of the branch whose shape fits the value (the fewest errors wins), or,
 * when no branch fits, a scalar's enum error (e.g. a misspelled field type) or else only
 * the anyOf error, which the caller words as "expected text or a mapping".
 *
 * @example
 * pruneAlternatives(validate.errors ?? []); // title: { en: X, fi: Y } → only the "fi" error
 */
export function pruneAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  const alternatives = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const alt of alternatives) {
    if (!kept.includes(alt)) continue;
    const prefix = `${alt.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of kept) {
      if (!e.schemaPath.startsWith(prefix) || !within(e.instancePath, alt.instancePath)) continue;
      const index = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      branches.set(index, [...(branches.get(index) ?? []), e]);
    }
    const all = [...branches.values()].flat();
    const fits = (list: ErrorObject[]) =>
      !list.some((e) => e.instancePath === alt.instancePath && SHAPE_KEYWORDS.has(e.keyword));
    const fitting = [...branches.values()].filter(fits).sort((a, b) => a.length - b.length);
    const scalarEnum = [...branches.values()].find((list) =>
      list.some((e) => e.instancePath === alt.instancePath && e.keyword === 'enum'),
    );
    const keep = fitting[0] ?? (isScalar(alt.data) ? scalarEnum : undefined);
    kept = kept.filter((e) => !all.includes(e) || keep?.includes(e));
    if (keep) kept = kept.filter((e) => e !== alt);
  }
  return kept;
}

function within(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function isScalar(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}
