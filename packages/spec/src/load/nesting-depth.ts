/**
 * The yaml parser recurses per nesting level: around a thousand levels it runs out of
 * stack, and ten thousand flow brackets exhaust memory before it reports anything. This
 * scan runs before parsing and finds, without recursion, where the text first nests deeper
 * than a limit: counting flow brackets outside quotes and comments, and block indentation levels.
 *
 * @example
 * findExcessiveNesting('a: [[[1]]]', 2); // { line: 1, column: 6 }
 * findExcessiveNesting('a: [1]', 2);     // undefined
 */
export function findExcessiveNesting(
  text: string,
  limit: number,
): { line: number; column: number } | undefined {
  let line = 1;
  let lineStart = 0;
  let flowDepth = 0;
  let quote: '"' | "'" | undefined;
  const indents: number[] = [];
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
      atLineStart = true;
      continue;
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (atLineStart) {
      if (ch === ' ') continue;
      const entry = (ch === '-' || ch === '?') && /[\s]/.test(text[i + 1] ?? ' ');
      if (!entry) atLineStart = false;
      if (ch !== '#' && ch !== '\r' && flowDepth === 0) {
        // Each "- " opens a level at its own column, so "- - - x" nests like indented lines.
        const indent = i - lineStart;
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > limit) return { line, column: indent + 1 };
      }
      if (entry) continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) {
      quote = ch;
    } else if (ch === '[' || ch === '{') {
      flowDepth++;
      if (flowDepth + indents.length > limit) return { line, column: i - lineStart + 1 };
    } else if ((ch === ']' || ch === '}') && flowDepth > 0) {
      flowDepth--;
    }
  }
  return undefined;
}
