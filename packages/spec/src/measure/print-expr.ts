import type { ExprNode, LiteralNode } from './ast.js';

/**
 * Prints an expression as canonical measure text: lowercase keywords and function
 * names, single spaces around operators, `!=` for `<>`, and only the parentheses the
 * grammar needs. Parsing the result gives the same tree (ranges aside), so diff and
 * explain can compare and show measures written in different styles.
 *
 * @example
 * printExpr(parseMeasure("AVG( x )  FILTER (WHERE (type <> 'a'))").ast!);
 * // "avg(x) filter (where type != 'a')"
 */
export function printExpr(ast: ExprNode): string {
  switch (ast.kind) {
    case 'literal':
      return printLiteral(ast);
    case 'field':
      return ast.name;
    case 'unary': {
      if (ast.op === 'not') return `not ${wrap(ast.operand, NOT)}`;
      const operand = wrap(ast.operand, NEGATE);
      // "--x" would read as an SQL comment to a human eye; "- -x" does not.
      return operand.startsWith('-') ? `- ${operand}` : `-${operand}`;
    }
    case 'binary': {
      const p = precedenceOf(ast);
      // Comparisons do not chain, so both sides sit one level up; the other operators
      // associate to the left, so only the right side needs the extra level.
      const leftMin = p === COMPARE ? ADD : p;
      return `${wrap(ast.left, leftMin)} ${ast.op} ${wrap(ast.right, p + 1)}`;
    }
    case 'in':
      return `${wrap(ast.operand, ADD)}${ast.negated ? ' not' : ''} in (${ast.list.map(printExpr).join(', ')})`;
    case 'is-null':
      return `${wrap(ast.operand, ADD)} is ${ast.negated ? 'not ' : ''}null`;
    case 'between':
      return `${wrap(ast.operand, ADD)} ${ast.negated ? 'not ' : ''}between ${wrap(ast.low, ADD)} and ${wrap(ast.high, ADD)}`;
    case 'case': {
      const whens = ast.whens.map((w) => `when ${printExpr(w.when)} then ${printExpr(w.then)}`);
      const otherwise = ast.else ? ` else ${printExpr(ast.else)}` : '';
      return `case ${whens.join(' ')}${otherwise} end`;
    }
    case 'call':
      return `${ast.fn}(${ast.args.map(printExpr).join(', ')})`;
    case 'aggregate': {
      const args = ast.star ? '*' : ast.args.map(printExpr).join(', ');
      const filter = ast.filter ? ` filter (where ${printExpr(ast.filter)})` : '';
      return `${ast.fn}(${args})${filter}`;
    }
  }
}

// Binding strength, loosest first, as parseMeasure reads it.
const OR = 1;
const AND = 2;
const NOT = 3;
const COMPARE = 4;
const ADD = 5;
const MULTIPLY = 6;
const NEGATE = 7;
const ATOM = 8;

function precedenceOf(node: ExprNode): number {
  switch (node.kind) {
    case 'binary':
      if (node.op === 'or') return OR;
      if (node.op === 'and') return AND;
      if (node.op === '+' || node.op === '-') return ADD;
      if (node.op === '*' || node.op === '/') return MULTIPLY;
      return COMPARE;
    case 'unary':
      return node.op === 'not' ? NOT : NEGATE;
    case 'in':
    case 'is-null':
    case 'between':
      return COMPARE;
    default:
      return ATOM;
  }
}

function wrap(node: ExprNode, atLeast: number): string {
  const text = printExpr(node);
  return precedenceOf(node) < atLeast ? `(${text})` : text;
}

function printLiteral(node: LiteralNode): string {
  switch (node.type) {
    case 'string':
      return `'${String(node.value).replaceAll("'", "''")}'`;
    case 'null':
      return 'null';
    default:
      return String(node.value);
  }
}
