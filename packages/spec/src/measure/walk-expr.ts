import type { ExprNode } from './ast.js';

/**
 * Visits every node of an expression, parents before children, children in the
 * order they are written: operands, list items, `case` conditions and values, call
 * arguments, and an aggregate's `filter (where …)` last.
 *
 * @example
 * const fields: string[] = [];
 * walkExpr(ast, (node) => { if (node.kind === 'field') fields.push(node.name); });
 */
export function walkExpr(ast: ExprNode, visit: (node: ExprNode) => void): void {
  visit(ast);
  for (const child of childrenOf(ast)) walkExpr(child, visit);
}

/**
 * The direct children of a node, in written order.
 *
 * @example
 * childrenOf(parseMeasure('a + b').ast!).map(printExpr); // ['a', 'b']
 */
export function childrenOf(node: ExprNode): readonly ExprNode[] {
  switch (node.kind) {
    case 'literal':
    case 'field':
      return [];
    case 'unary':
    case 'is-null':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'in':
      return [node.operand, ...node.list];
    case 'between':
      return [node.operand, node.low, node.high];
    case 'case':
      return [...node.whens.flatMap((w) => [w.when, w.then]), ...(node.else ? [node.else] : [])];
    case 'call':
      return node.args;
    case 'aggregate':
      return node.filter ? [...node.args, node.filter] : node.args;
  }
}
