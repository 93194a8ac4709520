import type { MeasureDiagnostic } from './measure-diagnostic.js';

/**
 * A token of measure text. `word` covers keywords, function names and field names
 * alike (the parser tells them apart by position); `invalid` carries the problem that
 * made it so. A token with a `problem` of kind `number` or `string` is still usable:
 * the parser reports the problem and carries on, so one slip does not hide the next.
 */
export interface Token {
  readonly kind: 'number' | 'string' | 'word' | 'symbol' | 'end' | 'invalid';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Lowercased text of a word, for case-insensitive keywords. */
  readonly lower: string;
  /** The number of a number token, the unescaped text of a string token. */
  readonly value?: number | string;
  readonly problem?: MeasureDiagnostic;
}

const SYMBOLS_TWO = new Set(['!=', '<>', '<=', '>=']);
const SYMBOLS_ONE = new Set(['(', ')', ',', '*', '+', '-', '/', '=', '<', '>']);

/**
 * Reads measure text one token at a time, on demand, so that a parse that stops at
 * the first error has not paid for the rest of a huge input. After an `invalid`
 * token it reports the end: the parser stops at the first invalid token anyway.
 * Never throws; each character is looked at once.
 *
 * @example
 * const lexer = new MeasureLexer('avg(x)');
 * lexer.next().text; // 'avg'
 */
export class MeasureLexer {
  private i = 0;

  constructor(private readonly text: string) {}

  next(): Token {
    const text = this.text;
    while (this.i < text.length && isSpace(text.charCodeAt(this.i))) this.i++;
    const i = this.i;
    if (i >= text.length) return { kind: 'end', text: '', lower: '', start: text.length, end: text.length };
    const c = text.charCodeAt(i);
    let token: Token;
    if (isWordStart(c)) {
      let j = i + 1;
      while (j < text.length && isWordPart(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      token = { kind: 'word', text: word, lower: word.toLowerCase(), start: i, end: j };
    } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      token = lexNumber(text, i);
    } else if (c === 39 || c === 34) {
      token = lexString(text, i);
    } else {
      token = lexSymbol(text, i);
    }
    // After an invalid token there is nothing more to read: jump to the end.
    this.i = token.kind === 'invalid' ? text.length : token.end;
    return token;
  }
}

/**
 * All tokens of measure text, ending with one `end` token (or stopping after the
 * first invalid one).
 *
 * @example
 * lexMeasure("avg(x) > 2").map((t) => t.text); // ['avg', '(', 'x', ')', '>', '2', '']
 */
export function lexMeasure(text: string): Token[] {
  const lexer = new MeasureLexer(text);
  const tokens = [lexer.next()];
  while (tokens.at(-1)!.kind !== 'end') tokens.push(lexer.next());
  return tokens;
}

function lexSymbol(text: string, i: number): Token {
  const two = text.slice(i, i + 2);
  const one = text[i]!;
  const symbol = SYMBOLS_TWO.has(two) ? two : SYMBOLS_ONE.has(one) ? one : undefined;
  if (symbol) return { kind: 'symbol', text: symbol, lower: symbol, start: i, end: i + symbol.length };
  const char = String.fromCodePoint(text.codePointAt(i)!);
  const range = { start: i, end: i + char.length };
  const problem = { code: 'KPI0205', params: { char: describeChar(char) }, range };
  return { kind: 'invalid', text: char, lower: char, ...range, problem };
}

function lexNumber(text: string, start: number): Token {
  let j = start;
  while (isDigit(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (isDigit(text.charCodeAt(j))) j++;
  }
  const e = text.charCodeAt(j);
  if (e === 101 || e === 69) {
    const sign = text.charCodeAt(j + 1);
    const digitsAt = sign === 43 || sign === 45 ? j + 2 : j + 1;
    if (isDigit(text.charCodeAt(digitsAt))) {
      j = digitsAt;
      while (isDigit(text.charCodeAt(j))) j++;
    }
  }
  const numberText = text.slice(start, j);
  const value = Number(numberText);
  const range = { start, end: j };
  const token: Token = { kind: 'number', text: numberText, lower: numberText, value, ...range };
  if (Number.isFinite(value)) return token;
  return { ...token, problem: { code: 'KPI0214', params: { number: numberText }, range } };
}

/** Single-quoted text with '' for a quote. Double quotes are lexed the same way but flagged. */
function lexString(text: string, start: number): Token {
  const quote = text[start]!;
  let value = '';
  let j = start + 1;
  for (;;) {
    const next = text.indexOf(quote, j);
    if (next < 0) {
      const range = { start, end: text.length };
      const problem = { code: 'KPI0204', params: { quote }, range };
      return { kind: 'invalid', text: text.slice(start), lower: '', ...range, problem };
    }
    value += text.slice(j, next);
    if (text[next + 1] === quote) {
      value += quote;
      j = next + 2;
    } else {
      j = next + 1;
      break;
    }
  }
  const range = { start, end: j };
  const raw = text.slice(start, j);
  const token: Token = { kind: 'string', text: raw, lower: raw, value, ...range };
  if (quote === "'") return token;
  const suggestion = `'${value.replaceAll("'", "''")}'`;
  return { ...token, problem: { code: 'KPI0208', params: { found: raw, suggestion }, range } };
}

function describeChar(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code < 32 || code === 127 ? hex : `${char} (${hex})`;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || isDigit(c);
}
