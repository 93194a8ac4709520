import type { FieldModel } from '../model.js';
import { suggestName } from '../suggest-name.js';
import type { AggregateNode, BinaryNode, ExprNode, FieldNode, TextRange, ValueType } from './ast.js';
import { checkAggregate, checkCall } from './check-calls.js';
import type { MeasureDiagnostic } from './measure-diagnostic.js';
import { printExpr } from './print-expr.js';
import {
  type Checked,
  comparable,
  isNumeric,
  isTemporal,
  joinTypes,
  quote,
  typeWords,
} from './value-types.js';

/** What an expression is checked against. */
export interface CheckContext {
  /** The source's declared fields (model.ts). */
  fields: ReadonlyMap<string, FieldModel>;
  /** measure: must aggregate; where: a boolean row filter without aggregates. */
  role: 'measure' | 'where';
  /** Known calendar ids for the business_* functions; undefined = not checked. */
  calendars?: ReadonlySet<string>;
}

/**
 * Type-checks a parsed expression against a source's fields and its role, and lists
 * the fields it reads (sorted, each once). Never throws. When a diagnostic makes the
 * type unknowable the type is 'null'; callers go by the diagnostics.
 *
 * @example
 * const { ast } = parseMeasure('avg(hours_between(opened_at, resolved_at))');
 * checkExpr(ast!, { fields: source.fields, role: 'measure' });
 * // { type: 'number', fields: ['opened_at', 'resolved_at'], diagnostics: [] }
 */
export function checkExpr(
  ast: ExprNode,
  ctx: CheckContext,
): { type: ValueType; fields: string[]; diagnostics: MeasureDiagnostic[] } {
  const checker = new ExprChecker(ctx);
  const type = checker.check(ast, undefined);
  if (ctx.role === 'where' && type !== undefined && type !== 'boolean') {
    checker.report('KPI0229', { place: 'where:', expr: quote(ast), type: typeWords(type) }, ast.range);
  }
  if (ctx.role === 'measure') {
    if (!checker.aggregates) {
      checker.report('KPI0232', {}, ast.range);
    } else {
      for (const field of checker.outsideAggregates)
        checker.report('KPI0233', { field: field.name }, field.range);
    }
  }
  return { type: type ?? 'null', fields: [...checker.fields].sort(), diagnostics: checker.diagnostics };
}

/** The checker's state and per-node rules; function rules live in check-calls.ts. */
export class ExprChecker {
  readonly diagnostics: MeasureDiagnostic[] = [];
  readonly fields = new Set<string>();
  readonly outsideAggregates: FieldNode[] = [];
  aggregates = 0;

  constructor(readonly ctx: CheckContext) {}

  report(code: string, params: Record<string, string | number>, range: TextRange): void {
    this.diagnostics.push({ code, params, range: { start: range.start, end: range.end } });
  }

  /** The type of `node`, read inside the aggregate `within` (undefined at row level). */
  check(node: ExprNode, within: AggregateNode | undefined): Checked {
    switch (node.kind) {
      case 'literal':
        if (node.type === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
        return node.type;
      case 'field':
        return this.field(node, within);
      case 'unary': {
        const type = this.check(node.operand, within);
        if (node.op === 'not') return this.condition(node.operand, type, "'not'");
        return this.numeric(node.operand, type, "'-'") ? type : undefined;
      }
      case 'binary':
        return this.binary(node, within);
      case 'in': {
        const type = this.check(node.operand, within);
        for (const item of node.list)
          this.compare(node.operand, type, item, this.check(item, within), item.range);
        return 'boolean';
      }
      case 'is-null':
        this.check(node.operand, within);
        return 'boolean';
      case 'between': {
        const type = this.check(node.operand, within);
        this.compare(node.operand, type, node.low, this.check(node.low, within), node.low.range);
        this.compare(node.operand, type, node.high, this.check(node.high, within), node.high.range);
        return 'boolean';
      }
      case 'case': {
        for (const { when } of node.whens) this.condition(when, this.check(when, within), "'when'");
        const values = [...node.whens.map((w) => w.then), ...(node.else ? [node.else] : [])];
        return this.join(values, "'case'", within);
      }
      case 'call':
        return checkCall(this, node, within);
      case 'aggregate':
        return checkAggregate(this, node, within);
    }
  }

  /** Reports a non-condition; returns 'boolean' so the expression above checks on. */
  condition(node: ExprNode, type: Checked, place: string): Checked {
    if (type !== undefined && type !== 'boolean' && type !== 'null') {
      this.report('KPI0229', { place, expr: quote(node), type: typeWords(type) }, node.range);
    }
    return 'boolean';
  }

  /** Reports a non-number for an arithmetic operator; true when the operand is fine. */
  numeric(node: ExprNode, type: Checked, op: string): boolean {
    if (type === undefined) return false;
    if (isNumeric(type)) return true;
    const advice = arithmeticAdvice(node, type, this.ctx.fields);
    this.report('KPI0228', { op, operand: quote(node), type: typeWords(type), advice }, node.range);
    return false;
  }

  /** The type shared by several values (case branches, coalesce arguments). */
  join(values: readonly ExprNode[], place: string, within: AggregateNode | undefined): Checked {
    let joined: ValueType = 'null';
    let first: ExprNode | undefined;
    let known = true;
    for (const value of values) {
      const type = this.check(value, within);
      if (type === undefined) {
        known = false;
        continue;
      }
      const next = joinTypes(joined, type);
      if (next === undefined && first) {
        const params = {
          place,
          a: quote(first),
          aType: typeWords(joined),
          b: quote(value),
          bType: typeWords(type),
        };
        this.report('KPI0230', params, value.range);
        known = false;
      } else if (next !== undefined) {
        if (type !== 'null' && !first) first = value;
        joined = next;
      }
    }
    return known ? joined : undefined;
  }

  private field(node: FieldNode, within: AggregateNode | undefined): Checked {
    const declared = this.ctx.fields.get(node.name);
    if (!declared) {
      const suggestion = suggestName(node.name, this.ctx.fields.keys());
      const params = { field: node.name, suggestion: suggestion ? ` Did you mean "${suggestion}"?` : '' };
      this.report('KPI0201', params, node.range);
      return undefined;
    }
    this.fields.add(node.name);
    if (!within) this.outsideAggregates.push(node);
    return declared.type;
  }

  private binary(node: BinaryNode, within: AggregateNode | undefined): Checked {
    const left = this.check(node.left, within);
    const right = this.check(node.right, within);
    switch (node.op) {
      case 'and':
      case 'or':
        this.condition(node.left, left, `'${node.op}'`);
        return this.condition(node.right, right, `'${node.op}'`);
      case '+':
      case '-':
      case '*':
      case '/': {
        const ok = [
          this.numeric(node.left, left, `'${node.op}'`),
          this.numeric(node.right, right, `'${node.op}'`),
        ];
        if (!ok[0] || !ok[1]) return undefined;
        return left === 'integer' && right === 'integer' && node.op !== '/' ? 'integer' : 'number';
      }
      default:
        this.compare(node.left, left, node.right, right, node.range);
        if (node.op === '=' || node.op === '!=') this.nullComparison(node);
        return 'boolean';
    }
  }

  /** Comparison rules, plus the warning for text that a field does not declare. */
  private compare(a: ExprNode, aType: Checked, b: ExprNode, bType: Checked, range: TextRange): void {
    if (aType === undefined || bType === undefined) return;
    if (!comparable(aType, bType)) {
      const text = [a, b].find((n) => n.kind === 'literal' && n.type === 'string');
      const other = text === a ? { node: b, type: bType } : { node: a, type: aType };
      if (text && isTemporal(other.type)) {
        const params = { left: quote(other.node), leftType: typeWords(other.type), text: printExpr(text) };
        this.report('KPI0226', params, text.range);
      } else {
        const params = {
          left: quote(a),
          leftType: typeWords(aType),
          right: quote(b),
          rightType: typeWords(bType),
        };
        this.report('KPI0225', params, range);
      }
      return;
    }
    this.declaredValue(a, b);
    this.declaredValue(b, a);
  }

  private declaredValue(field: ExprNode, value: ExprNode): void {
    if (field.kind !== 'field' || value.kind !== 'literal' || value.type !== 'string') return;
    const values = this.ctx.fields.get(field.name)?.values;
    if (!values || values.includes(value.value as string)) return;
    const suggestion = suggestName(value.value as string, values);
    this.report(
      'KPI0227',
      {
        value: printExpr(value),
        field: field.name,
        suggestion: suggestion === undefined ? '' : ` Did you mean '${suggestion.replaceAll("'", "''")}'?`,
        values: values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '),
      },
      value.range,
    );
  }

  private nullComparison(node: BinaryNode): void {
    const [nul, other] =
      node.right.kind === 'literal' && node.right.type === 'null'
        ? [node.right, node.left]
        : [node.left, node.right];
    if (nul.kind !== 'literal' || nul.type !== 'null') return;
    const fix = `${quote(other)} is ${node.op === '!=' ? 'not ' : ''}null`;
    this.report('KPI0235', { expr: quote(node), fix }, node.range);
  }
}

/**
 * What to write instead of arithmetic on a value that is not a number (the KPI0228 hint),
 * by the value's type: durations for points in time, a comparison for text, share or a
 * filtered count for a condition. A text field's first declared value makes the example.
 *
 * @example
 * arithmeticAdvice(parseMeasure('first_contact').ast!, 'boolean', fields);
 * // 'first_contact is true or false for each row: share(first_contact) gives the percent …'
 */
export function arithmeticAdvice(
  node: ExprNode,
  type: ValueType,
  fields: ReadonlyMap<string, FieldModel>,
): string {
  const operand = quote(node);
  switch (type) {
    case 'timestamp':
    case 'date':
      return 'To measure time between two timestamps use hours_between(a, b), minutes_between or days_between.';
    case 'boolean':
      return `${operand} is true or false for each row: share(${operand}) gives the percent of rows where it holds, count(*) filter (where ${operand}) how many they are.`;
    case 'string': {
      const first = node.kind === 'field' ? fields.get(node.name)?.values?.[0] : undefined;
      const value = first === undefined ? "'…'" : `'${first.replaceAll("'", "''")}'`;
      const condition = `${operand} = ${value}`;
      return `Text cannot be calculated with: compare it, as in ${condition}, and count the rows that match with count(*) filter (where ${condition}) or share(${condition}). If it holds numbers, declare it as integer or number in the source.`;
    }
    default:
      return 'Use numbers on both sides.';
  }
}
