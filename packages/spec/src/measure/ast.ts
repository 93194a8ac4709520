/**
 * The measure language's syntax tree (DESIGN.md §2). Nodes are immutable plain
 * objects told apart by `kind`, in the manner of kysely's operation nodes. Every node
 * carries the range of measure text it came from, so an error can point at the
 * exact line and column inside the YAML file.
 *
 * @example
 * // share(priority = '1 - Critical')
 * const node: AggregateNode = {
 *   kind: 'aggregate', fn: 'share', range: { start: 0, end: 32 },
 *   args: [{ kind: 'binary', op: '=', range: { start: 6, end: 31 },
 *     left: { kind: 'field', name: 'priority', range: { start: 6, end: 14 } },
 *     right: { kind: 'literal', type: 'string', value: '1 - Critical', range: { start: 17, end: 31 } } }],
 * };
 */

/** A half-open range of offsets [start, end) into the measure text, 0-based. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export type ExprNode =
  | LiteralNode
  | FieldNode
  | UnaryNode
  | BinaryNode
  | InNode
  | IsNullNode
  | BetweenNode
  | CaseNode
  | CallNode
  | AggregateNode;

export interface LiteralNode {
  readonly kind: 'literal';
  readonly type: 'number' | 'string' | 'boolean' | 'null';
  readonly value: number | string | boolean | null;
  readonly range: TextRange;
}

export interface FieldNode {
  readonly kind: 'field';
  readonly name: string;
  readonly range: TextRange;
}

export interface UnaryNode {
  readonly kind: 'unary';
  readonly op: '-' | 'not';
  readonly operand: ExprNode;
  readonly range: TextRange;
}

export type ArithmeticOp = '+' | '-' | '*' | '/';
export type ComparisonOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type LogicalOp = 'and' | 'or';

export interface BinaryNode {
  readonly kind: 'binary';
  readonly op: ArithmeticOp | ComparisonOp | LogicalOp;
  readonly left: ExprNode;
  readonly right: ExprNode;
  readonly range: TextRange;
}

/** `x [not] in (a, b, …)` */
export interface InNode {
  readonly kind: 'in';
  readonly operand: ExprNode;
  readonly list: readonly ExprNode[];
  readonly negated: boolean;
  readonly range: TextRange;
}

/** `x is [not] null` */
export interface IsNullNode {
  readonly kind: 'is-null';
  readonly operand: ExprNode;
  readonly negated: boolean;
  readonly range: TextRange;
}

/** `x [not] between low and high` (inclusive, as in SQL) */
export interface BetweenNode {
  readonly kind: 'between';
  readonly operand: ExprNode;
  readonly low: ExprNode;
  readonly high: ExprNode;
  readonly negated: boolean;
  readonly range: TextRange;
}

/** Searched case: `case when c then v … [else e] end` */
export interface CaseNode {
  readonly kind: 'case';
  readonly whens: readonly { readonly when: ExprNode; readonly then: ExprNode }[];
  readonly else?: ExprNode;
  readonly range: TextRange;
}

export type ScalarFunction =
  | 'coalesce'
  | 'least'
  | 'greatest'
  | 'hours_between'
  | 'minutes_between'
  | 'days_between'
  | 'business_hours_between'
  | 'business_minutes_between'
  | 'business_days_between';

export interface CallNode {
  readonly kind: 'call';
  readonly fn: ScalarFunction;
  readonly args: readonly ExprNode[];
  readonly range: TextRange;
}

export type AggregateFunction =
  | 'count'
  | 'count_distinct'
  | 'sum'
  | 'avg'
  | 'min'
  | 'max'
  | 'median'
  | 'percentile'
  | 'share'
  | 'nps'
  | 'top_box';

/**
 * An aggregate call. `count(*)` has `star: true` and no args. `filter` is the
 * optional `filter (where …)` clause, allowed on every aggregate.
 */
export interface AggregateNode {
  readonly kind: 'aggregate';
  readonly fn: AggregateFunction;
  readonly args: readonly ExprNode[];
  readonly star?: boolean;
  readonly filter?: ExprNode;
  readonly range: TextRange;
}

/** The value types of the measure language. `null` is the type of the bare `null` literal. */
export type ValueType = 'number' | 'integer' | 'string' | 'boolean' | 'timestamp' | 'date' | 'null';
