import { expect } from 'vitest';
import { createIssue } from '../src/issues/issue-catalog.js';
import { type CheckContext, checkExpr } from '../src/measure/check-expr.js';
import { parseMeasure } from '../src/measure/parse-measure.js';
import type { FieldModel, FieldType } from '../src/model.js';

/** One declared field of a test source, as a Map entry. */
export function field(name: string, type: FieldType, values?: string[]): [string, FieldModel] {
  return [name, { name, type, column: name, key: false, ...(values ? { values } : {}) }];
}

/**
 * Type-checks measure text against a test source's fields: the result type, the fields read,
 * and each problem with its code, the text it points at, severity and message (every
 * placeholder filled). The text must parse.
 *
 * @example
 * const { check, codes } = measureChecker(fields);
 * codes('avg(channel)'); // ['KPI0221']
 */
export function measureChecker(fields: ReadonlyMap<string, FieldModel>) {
  function check(text: string, role: CheckContext['role'] = 'measure', calendars?: ReadonlySet<string>) {
    const { ast, diagnostics } = parseMeasure(text);
    expect(diagnostics).toEqual([]);
    const result = checkExpr(ast!, { fields, role, ...(calendars ? { calendars } : {}) });
    const problems = result.diagnostics.map((d) => {
      const issue = createIssue(d.code, d.params);
      expect(`${issue.message} ${issue.hint ?? ''}`).not.toMatch(/\{\w+\}/);
      return {
        code: d.code,
        at: text.slice(d.range.start, d.range.end),
        severity: issue.severity,
        message: issue.message,
      };
    });
    return { type: result.type, fields: result.fields, problems };
  }
  const codes = (text: string, role: CheckContext['role'] = 'measure') =>
    check(text, role).problems.map((p) => p.code);
  return { check, codes };
}
