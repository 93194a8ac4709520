/** A lexical token of SQL: enough to find clause keywords, parentheses and commas safely. */
interface Token {
  readonly kind: 'space' | 'string' | 'ident' | 'comment' | 'open' | 'close' | 'comma' | 'word' | 'other';
  readonly text: string;
}

const tokenPattern =
  /(\s+)|('(?:[^']|'')*')|("(?:[^"]|"")*")|(\/\*[\s\S]*?\*\/|--[^\n]*)|(\()|(\))|(,)|([A-Za-z_][A-Za-z0-9_]*)|([\s\S])/gy;
const kinds: Token['kind'][] = [
  'space',
  'string',
  'ident',
  'comment',
  'open',
  'close',
  'comma',
  'word',
  'other',
];

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(sql); m; m = tokenPattern.exec(sql)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    tokens.push({ kind: kinds[group] ?? 'other', text: m[0] });
  }
  return tokens;
}

const clauseWords = new Set([
  'with',
  'select',
  'from',
  'where',
  'group',
  'having',
  'order',
  'limit',
  'union',
]);

interface Frame {
  readonly indent: number;
  depth: number;
  clause: string;
}

/**
 * Lays out SQL for reading: each clause on its own line, one select item per line, each
 * subquery or CTE body indented, and a leading block comment of a select item turned
 * into a `-- comment` line above it. Only whitespace between tokens changes (and the
 * comment's form), so the query means the same; strings and quoted names are kept whole.
 *
 * @example
 * formatSql('select "a", count(*) as "n" from "t" group by "a"');
 * // select
 * //   "a",
 * //   count(*) as "n"
 * // from "t"
 * // group by "a"
 */
export function formatSql(sql: string): string {
  const tokens = tokenize(sql);
  const lines: string[] = [];
  let line = '';
  const newline = (indent: number) => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '  '.repeat(indent);
  };
  const write = (text: string) => {
    line += text;
  };
  const frames: Frame[] = [{ indent: 0, depth: 0, clause: '' }];
  const nextWord = (from: number) =>
    tokens
      .slice(from)
      .find((t) => t.kind !== 'space')
      ?.text.toLowerCase();

  tokens.forEach((token, i) => {
    const frame = frames[frames.length - 1]!;
    const atClauseLevel = frame.depth === 0;
    const lower = token.text.toLowerCase();
    const prev = tokens[i - 1];
    const prevWord = prev?.kind === 'space' ? tokens[i - 2]?.text.toLowerCase() : prev?.text.toLowerCase();
    if (token.kind === 'space') {
      if (line.trim() !== '') write(' ');
      return;
    }
    if (token.kind === 'word' && atClauseLevel && clauseWords.has(lower) && prevWord !== 'nulls') {
      newline(frame.indent);
      frame.clause = lower;
      write(token.text);
      if (lower === 'select') newline(frame.indent + 1);
      return;
    }
    if (token.kind === 'comma' && atClauseLevel && (frame.clause === 'select' || frame.clause === 'with')) {
      write(',');
      newline(frame.clause === 'select' ? frame.indent + 1 : frame.indent);
      return;
    }
    if (token.kind === 'comment' && token.text.startsWith('/*') && atClauseLevel && line.trim() === '') {
      write(`-- ${token.text.slice(2, -2).trim()}`);
      newline(frame.indent + (frame.clause === 'select' ? 1 : 0));
      return;
    }
    if (token.kind === 'open') {
      write('(');
      const next = nextWord(i + 1);
      if (next === 'select' || next === 'with')
        frames.push({ indent: frame.indent + 1, depth: 0, clause: '' });
      else frame.depth++;
      return;
    }
    if (token.kind === 'close') {
      if (frame.depth > 0) frame.depth--;
      else if (frames.length > 1) {
        frames.pop();
        newline(frame.indent - 1);
      }
      write(')');
      return;
    }
    write(token.text);
  });
  newline(0);
  return lines.join('\n');
}
