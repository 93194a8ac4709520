import { isScalar, type Node, Scalar } from 'yaml';

/**
 * Maps offsets in a scalar's parsed value to offsets in the file text. A measure's
 * diagnostic says "characters 4–8 of the measure"; the measure may have been written
 * plain, quoted (with escapes such as \" or '') or as a > / | block over several lines,
 * so the value and its source text differ. This walks both in step: a value character is
 * matched to the next equal source character, skipping what YAML removes (indentation,
 * line breaks folded to spaces, quote escapes, block headers).
 *
 * Returns one file offset per value offset, plus one for the end, or undefined when the
 * node is not a string scalar or the walk loses its way (callers then point at the scalar).
 *
 * @example
 * // file text 'measure: "a\\"b"' — the value is a"b; value offset 2 (b) sits at file offset 13
 * scalarOffsetMap(text, node)?.[2]; // 13
 */
export function scalarOffsetMap(text: string, node: Node | undefined): number[] | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const value = node.value;
  const [start, end] = node.range;
  const type = node.type;
  let j = start;
  if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) j = start + 1;
  else if (type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL) {
    const newline = text.indexOf('\n', start);
    if (newline < 0 || newline >= end) return undefined;
    j = newline + 1;
  }
  const map: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const want = value[i]!;
    if (type === Scalar.QUOTE_DOUBLE && text[j] === '\\') {
      // An escape: one value character (or, for \<newline>, none) from several source characters.
      while (text[j] === '\\' && (text[j + 1] === '\n' || text[j + 1] === '\r'))
        j = skipLineContinuation(text, j);
      if (text[j] === '\\') {
        map.push(j);
        j += escapeLength(text, j);
        continue;
      }
    }
    if (type === Scalar.QUOTE_SINGLE && want === "'" && text[j] === "'" && text[j + 1] === "'") {
      map.push(j);
      j += 2;
      continue;
    }
    while (j < end && text[j] !== want && /\s/.test(text[j]!)) {
      // A folded line break: the value's space or newline stands for a source line break.
      if ((want === ' ' || want === '\n') && (text[j] === '\n' || text[j] === '\r')) break;
      j++;
    }
    if (j >= end) return undefined;
    if (text[j] === want || ((want === ' ' || want === '\n') && (text[j] === '\n' || text[j] === '\r'))) {
      map.push(j);
      j++;
      if (want === ' ' && text[j - 1] === '\r' && text[j] === '\n') j++;
      continue;
    }
    return undefined;
  }
  map.push(Math.min(j, end));
  return map;
}

function skipLineContinuation(text: string, j: number): number {
  let k = j + 1;
  if (text[k] === '\r') k++;
  if (text[k] === '\n') k++;
  while (text[k] === ' ' || text[k] === '\t') k++;
  return k;
}

function escapeLength(text: string, j: number): number {
  const c = text[j + 1];
  if (c === 'x') return 4;
  if (c === 'u') return 6;
  if (c === 'U') return 10;
  return 2;
}
