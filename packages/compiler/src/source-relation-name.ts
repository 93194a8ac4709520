/**
 * The name of the view the engine creates for a source, and the compiled SQL reads: `src_`
 * followed by the id with every character outside [a-z0-9_] replaced by `_`. Its columns
 * are the source's field names; timestamp fields are TIMESTAMPTZ instants.
 *
 * Ids are lowercase by schema, so two ids only meet on one name when they differ in
 * punctuation (`a-b` and `a.b`); the engine should reject such a pair.
 *
 * @example
 * sourceRelationName('tickets');       // 'src_tickets'
 * sourceRelationName('hr-it.cases');   // 'src_hr_it_cases'
 */
export function sourceRelationName(sourceId: string): string {
  return `src_${sourceId.replace(/[^a-z0-9_]/g, '_')}`;
}
