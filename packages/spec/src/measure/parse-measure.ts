import type { ComparisonOp, ExprNode, TextRange } from './ast.js';
import { MeasureLexer } from './lex-measure.js';
import type { MeasureDiagnostic } from './measure-diagnostic.js';
import { reservedWords } from './measure-functions.js';
import { parseCall } from './parse-call.js';
import { describe, ParseAbort, rangeOf, TokenCursor } from './token-cursor.js';

const COMPARISONS: Readonly<Record<string, ComparisonOp>> = {
  '=': '=',
  '!=': '!=',
  '<>': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

/**
 * Parses measure (or where) text into an expression tree with exact source ranges.
 * Total: it never throws, whatever the input, and stops at the first syntax error
 * with a diagnostic that says what was expected and points at the offending token.
 * `ast` is present exactly when there are no diagnostics. Types are not checked
 * here: see checkExpr.
 *
 * @example
 * parseMeasure('avg(hours_between(opened_at, resolved_at))').ast?.kind; // 'aggregate'
 * parseMeasure('avg(x').diagnostics[0]?.code;                           // 'KPI0203' (unclosed)
 */
export function parseMeasure(text: string): { ast: ExprNode | undefined; diagnostics: MeasureDiagnostic[] } {
  const parser = new MeasureParser(new TokenCursor(new MeasureLexer(text), text));
  const ast = parser.parse();
  const diagnostics = parser.cursor.diagnostics;
  return { ast: diagnostics.length === 0 ? ast : undefined, diagnostics };
}

class MeasureParser {
  /** The range of a node including parentheses written around it, which the node itself leaves out. */
  private readonly outer = new WeakMap<ExprNode, TextRange>();

  constructor(readonly cursor: TokenCursor) {}

  parse(): ExprNode | undefined {
    try {
      const ast = this.expression();
      const rest = this.cursor.peek();
      if (rest.kind !== 'end') {
        if (rest.kind === 'invalid' && rest.problem) this.cursor.fail(rest.problem);
        this.cursor.fail({ code: 'KPI0206', params: { found: describe(rest) }, range: rangeOf(rest) });
      }
      return ast;
    } catch (error) {
      if (error instanceof ParseAbort) return undefined;
      throw error;
    }
  }

  private expression(): ExprNode {
    this.cursor.enter();
    const node = this.or();
    this.cursor.leave();
    return node;
  }

  private or(): ExprNode {
    return this.leftChain(
      () => this.and(),
      () => (this.cursor.isWord('or') ? 'or' : undefined),
    );
  }

  private and(): ExprNode {
    return this.leftChain(
      () => this.not(),
      () => (this.cursor.isWord('and') ? 'and' : undefined),
    );
  }

  private not(): ExprNode {
    if (!this.cursor.isWord('not')) return this.comparison();
    const start = this.cursor.next().start;
    this.cursor.enter();
    const operand = this.not();
    this.cursor.leave();
    return { kind: 'unary', op: 'not', operand, range: this.span(start, operand) };
  }

  private comparison(): ExprNode {
    const left = this.additive();
    const node = this.comparisonTail(left);
    if (node !== left && this.startsComparison()) {
      const token = this.cursor.peek();
      this.cursor.fail({ code: 'KPI0212', params: { found: describe(token) }, range: rangeOf(token) });
    }
    return node;
  }

  private comparisonTail(left: ExprNode): ExprNode {
    const c = this.cursor;
    const start = this.outerRange(left).start;
    const op = c.peek().kind === 'symbol' ? COMPARISONS[c.peek().text] : undefined;
    if (op) {
      c.next();
      const right = this.additive();
      return { kind: 'binary', op, left, right, range: this.span(start, right) };
    }
    if (c.isWord('is')) {
      c.next();
      const negated = c.isWord('not');
      if (negated) c.next();
      const end = c.expectWord('null', negated ? " after 'is not'" : " or 'not null' after 'is'").end;
      return { kind: 'is-null', operand: left, negated, range: { start, end } };
    }
    const negated = c.isWord('not');
    if (negated && !c.isWord('in', 1) && !c.isWord('between', 1)) {
      c.next();
      c.failExpected("'in' or 'between' after 'not'");
    }
    if (negated) c.next();
    if (c.isWord('in')) return this.inList(left, negated, start);
    if (c.isWord('between')) {
      c.next();
      const low = this.additive();
      c.expectWord('and', " between the two ends of 'between'");
      const high = this.additive();
      return { kind: 'between', operand: left, low, high, negated, range: this.span(start, high) };
    }
    return left;
  }

  private inList(operand: ExprNode, negated: boolean, start: number): ExprNode {
    const c = this.cursor;
    c.next();
    if (!c.isSymbol('(')) c.failExpected("'(' after 'in'");
    const open = c.next();
    if (c.isSymbol(')')) c.failExpected("a value inside 'in ( )'");
    const list = [this.expression()];
    while (c.isSymbol(',')) {
      c.next();
      list.push(this.expression());
    }
    const end = c.expectClose(open, "the list after 'in ('").end;
    return { kind: 'in', operand, list, negated, range: { start, end } };
  }

  private startsComparison(): boolean {
    const c = this.cursor;
    const token = c.peek();
    if (token.kind === 'symbol' && COMPARISONS[token.text]) return true;
    return (
      c.isWord('is') ||
      c.isWord('in') ||
      c.isWord('between') ||
      (c.isWord('not') && (c.isWord('in', 1) || c.isWord('between', 1)))
    );
  }

  private additive(): ExprNode {
    return this.leftChain(
      () => this.multiplicative(),
      () => this.symbolOf('+', '-'),
    );
  }

  private multiplicative(): ExprNode {
    return this.leftChain(
      () => this.unary(),
      () => this.symbolOf('*', '/'),
    );
  }

  private symbolOf<T extends string>(...symbols: T[]): T | undefined {
    return symbols.find((s) => this.cursor.isSymbol(s));
  }

  /** `operand (op operand)*`, left-associative. Each link counts as a level of depth. */
  private leftChain<Op extends '+' | '-' | '*' | '/' | 'and' | 'or'>(
    operand: () => ExprNode,
    operator: () => Op | undefined,
  ): ExprNode {
    let left = operand();
    let links = 0;
    for (let op = operator(); op; op = operator()) {
      this.cursor.enter();
      links++;
      this.cursor.next();
      const right = operand();
      left = { kind: 'binary', op, left, right, range: this.span(this.outerRange(left).start, right) };
    }
    this.cursor.leave(links);
    return left;
  }

  private unary(): ExprNode {
    if (!this.cursor.isSymbol('-')) return this.primary();
    const start = this.cursor.next().start;
    this.cursor.enter();
    const operand = this.unary();
    this.cursor.leave();
    return { kind: 'unary', op: '-', operand, range: this.span(start, operand) };
  }

  private primary(): ExprNode {
    const c = this.cursor;
    const token = c.peek();
    if (token.kind === 'number') {
      c.next();
      return { kind: 'literal', type: 'number', value: token.value as number, range: rangeOf(token) };
    }
    if (token.kind === 'string') {
      c.next();
      return { kind: 'literal', type: 'string', value: token.value as string, range: rangeOf(token) };
    }
    if (c.isSymbol('(')) {
      const open = c.next();
      const inner = this.expression();
      const close = c.expectClose(open, 'the parenthesis');
      this.outer.set(inner, { start: open.start, end: close.end });
      return inner;
    }
    if (token.kind !== 'word') return c.failExpected('an expression');
    if (token.lower === 'true' || token.lower === 'false') {
      c.next();
      return { kind: 'literal', type: 'boolean', value: token.lower === 'true', range: rangeOf(token) };
    }
    if (token.lower === 'null') {
      c.next();
      return { kind: 'literal', type: 'null', value: null, range: rangeOf(token) };
    }
    if (token.lower === 'case') return this.caseExpression();
    if (reservedWords.has(token.lower)) return c.failExpected('an expression');
    c.next();
    if (c.isSymbol('(')) return parseCall(c, token, () => this.expression());
    return { kind: 'field', name: token.text, range: rangeOf(token) };
  }

  private caseExpression(): ExprNode {
    const c = this.cursor;
    const open = c.next();
    if (!c.isWord('when')) c.failExpected("'when' after 'case'");
    const whens: { when: ExprNode; then: ExprNode }[] = [];
    while (c.isWord('when')) {
      c.next();
      const when = this.expression();
      c.expectWord('then', " after the condition of 'when'");
      const value = this.expression();
      // biome-ignore lint/suspicious/noThenProperty: the AST's case node names its parts when/then (ast.ts).
      whens.push({ when, then: value });
    }
    let elseValue: ExprNode | undefined;
    if (c.isWord('else')) {
      c.next();
      elseValue = this.expression();
    }
    if (!c.isWord('end')) {
      const found = c.peek();
      if (found.kind === 'invalid' && found.problem) c.fail(found.problem);
      const params = {
        close: "'end'",
        what: "the 'case'",
        at: c.position(open.start),
        found: describe(found),
      };
      c.fail({ code: 'KPI0203', params, range: rangeOf(found) });
    }
    const end = c.next().end;
    const range = { start: open.start, end };
    return elseValue ? { kind: 'case', whens, else: elseValue, range } : { kind: 'case', whens, range };
  }

  private outerRange(node: ExprNode): TextRange {
    return this.outer.get(node) ?? node.range;
  }

  private span(start: number, last: ExprNode): TextRange {
    return { start, end: this.outerRange(last).end };
  }
}
