import type { TextRange } from './ast.js';

/**
 * A problem found in measure text, before it is placed in a file. The loader turns
 * it into an {@link Issue} with file, line and column by mapping `range` through the
 * YAML scalar the text came from.
 *
 * @example
 * const d: MeasureDiagnostic = { code: 'KPI0201', params: { field: 'prio' }, range: { start: 4, end: 8 } };
 */
export interface MeasureDiagnostic {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly range: TextRange;
}
