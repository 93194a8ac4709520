import type { Severity } from './issue.js';

/**
 * One entry of the issue catalog. Codes are stable forever: a code is never renamed
 * or reused, only deprecated. `message` and `hint` are templates whose `{name}`
 * placeholders are filled from the params given when the issue is raised.
 *
 * @example
 * const unknownField: IssueDefinition = {
 *   code: 'KPI0201', severity: 'error', title: 'Unknown field',
 *   message: 'Unknown field "{field}" in source "{source}".',
 *   hint: 'Use one of the fields the source declares{suggestion}.',
 * };
 */
export interface IssueDefinition {
  code: string;
  severity: Severity;
  /** A short name for the catalog page. */
  title: string;
  message: string;
  hint?: string;
  /** Longer explanation for docs/issue-codes.md, with an example where it helps. */
  docs?: string;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed in tests. */
export function fillTemplate(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
