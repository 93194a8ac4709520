import type { ExprNode, ValueType } from './ast.js';
import { printExpr } from './print-expr.js';

/**
 * A type as the checker tracks it: undefined when a problem was already reported
 * below, so that one mistake is reported once rather than at every level above it.
 */
export type Checked = ValueType | undefined;

export function isNumeric(type: Checked): boolean {
  return type === 'number' || type === 'integer' || type === 'null';
}

export function isTemporal(type: Checked): boolean {
  return type === 'timestamp' || type === 'date' || type === 'null';
}

/**
 * Whether two values may be compared: numbers with numbers, text with text, a timestamp with a date.
 *
 * @example
 * comparable('integer', 'number'); // true
 * comparable('timestamp', 'string'); // false
 */
export function comparable(a: ValueType, b: ValueType): boolean {
  if (a === 'null' || b === 'null' || a === b) return true;
  if (isNumeric(a) && isNumeric(b)) return true;
  return isTemporal(a) && isTemporal(b);
}

/**
 * The one type several values share (case branches, coalesce arguments), or
 * undefined when they share none. null joins anything; integer and number give
 * number; date and timestamp give timestamp.
 *
 * @example
 * joinTypes('integer', 'number'); // 'number'
 * joinTypes('string', 'number'); // undefined
 */
export function joinTypes(a: ValueType, b: ValueType): ValueType | undefined {
  if (a === 'null') return b;
  if (b === 'null' || a === b) return a;
  if (isNumeric(a) && isNumeric(b)) return 'number';
  if (isTemporal(a) && isTemporal(b)) return 'timestamp';
  return undefined;
}

const TYPE_WORDS: Readonly<Record<ValueType, string>> = {
  number: 'a number',
  integer: 'a whole number',
  string: 'text',
  boolean: 'a condition (true or false)',
  timestamp: 'a timestamp',
  date: 'a date',
  null: 'null',
};

/**
 * A type as a KPI owner reads it in a message.
 *
 * @example
 * typeWords('integer'); // 'a whole number'
 */
export function typeWords(type: ValueType): string {
  return TYPE_WORDS[type];
}

/**
 * An expression as a message quotes it, shortened past 40 characters.
 *
 * @example
 * quote(parseMeasure('a+b').ast!); // 'a + b'
 */
export function quote(node: ExprNode): string {
  const text = printExpr(node);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
