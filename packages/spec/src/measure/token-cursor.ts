import type { TextRange } from './ast.js';
import type { MeasureLexer, Token } from './lex-measure.js';
import type { MeasureDiagnostic } from './measure-diagnostic.js';
import { reservedWords } from './measure-functions.js';

/** Thrown inside the parser to stop at the first syntax error; never leaves parseMeasure. */
export class ParseAbort {
  readonly reason = 'syntax error';
}

/** How deep expressions may nest before the parser refuses, long before the stack would. */
export const MAX_DEPTH = 100;

/**
 * The parser's read position over the tokens, with the shared ways to report a
 * problem. Hard problems (a syntax error) record a diagnostic and abort the parse;
 * soft ones (an unknown function name) are recorded and parsing goes on.
 */
export class TokenCursor {
  /** Tokens read from the lexer but not yet consumed; at most two (the parser looks one ahead). */
  private readonly lookahead: Token[] = [];
  private consumed = 0;
  private depth = 0;
  readonly diagnostics: MeasureDiagnostic[] = [];

  constructor(
    private readonly lexer: MeasureLexer,
    private readonly text: string,
  ) {}

  peek(ahead = 0): Token {
    while (this.lookahead.length <= ahead) {
      const last = this.lookahead.at(-1);
      this.lookahead.push(last?.kind === 'end' ? last : this.lexer.next());
    }
    return this.lookahead[ahead]!;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') {
      this.lookahead.shift();
      this.consumed++;
    }
    if (token.problem && (token.kind === 'number' || token.kind === 'string')) {
      this.diagnostics.push(token.problem);
    }
    return token;
  }

  isWord(word: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'word' && token.lower === word;
  }

  isSymbol(symbol: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'symbol' && token.text === symbol;
  }

  /** Consumes the keyword or aborts with "Expected 'word' …". */
  expectWord(word: string, context = ''): Token {
    if (!this.isWord(word)) this.failExpected(`'${word}'${context}`);
    return this.next();
  }

  /** Consumes `)` closing `open`, or aborts saying what was left open and where. */
  expectClose(open: Token, what: string): Token {
    if (this.isSymbol(')')) return this.next();
    const found = this.peek();
    if (found.problem && found.kind === 'invalid') this.fail(found.problem);
    return this.fail({
      code: 'KPI0203',
      params: { close: "')'", what, at: this.position(open.start), found: describe(found) },
      range: rangeOf(found),
    });
  }

  /** Aborts with "Expected {what} but found …" at the current token. */
  failExpected(what: string): never {
    const found = this.peek();
    if (found.problem && found.kind === 'invalid') this.fail(found.problem);
    if (found.kind === 'end' && this.consumed === 0) {
      this.fail({ code: 'KPI0215', params: {}, range: rangeOf(found) });
    }
    return this.fail({
      code: 'KPI0200',
      params: { expected: what, found: describe(found) },
      range: rangeOf(found),
    });
  }

  fail(diagnostic: MeasureDiagnostic): never {
    this.diagnostics.push(diagnostic);
    throw new ParseAbort();
  }

  report(diagnostic: MeasureDiagnostic): void {
    this.diagnostics.push(diagnostic);
  }

  /** One level deeper; aborts past MAX_DEPTH so no input can exhaust the stack. */
  enter(): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) {
      this.fail({ code: 'KPI0207', params: { max: MAX_DEPTH }, range: rangeOf(this.peek()) });
    }
  }

  leave(levels = 1): void {
    this.depth -= levels;
  }

  /** "column 4", or "line 2, column 4" when the measure spans lines; 1-based, as editors count. */
  position(offset: number): string {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    const column = offset - lineStart + 1;
    if (!this.text.includes('\n')) return `column ${column}`;
    let line = 1;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) line++;
    return `line ${line}, column ${column}`;
  }
}

export function rangeOf(token: Token): TextRange {
  return { start: token.start, end: token.end };
}

/** A token as a message names it: 'avg', the number 12, the text 'open', the end of the measure. */
export function describe(token: Token): string {
  const shown = token.text.length > 30 ? `${token.text.slice(0, 27)}…` : token.text;
  switch (token.kind) {
    case 'end':
      return 'the end of the measure';
    case 'number':
      return `the number ${shown}`;
    case 'string':
      return `the text ${shown}`;
    case 'word':
      return reservedWords.has(token.lower) ? `the word '${token.lower}'` : `'${shown}'`;
    default:
      return `'${shown}'`;
  }
}
