import { describe, expect, it } from 'vitest';
import { isScalar, LineCounter, parseDocument } from 'yaml';
import { scalarOffsetMap } from './scalar-offsets.js';

/** Parses `text`, maps value offset `offset` of key `key`, and returns the 1-based line:col. */
function position(text: string, key: string, offset: number): string {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const node = doc.get(key, true);
  if (!isScalar(node)) throw new Error('test needs a scalar');
  const map = scalarOffsetMap(text, node);
  if (!map) return 'unmapped';
  const pos = lines.linePos(map[offset]!);
  return `${pos.line}:${pos.col}`;
}

describe('scalarOffsetMap', () => {
  it('maps a plain scalar one to one after the key', () => {
    // "measure: avg(prio)": the value starts at column 10, so "prio" (offset 4) is at column 14.
    expect(position('measure: avg(prio)\n', 'measure', 4)).toBe('1:14');
  });

  it('maps a plain scalar folded over two lines', () => {
    // line 2 is "  and prio = 1": the value "a = 1 and prio = 1" has "prio" at offset 10,
    // the folded space is offset 5, so "and" (offset 6) is line 2 column 3 and "prio" column 7.
    const text = 'where: a = 1\n  and prio = 1\n';
    expect(position(text, 'where', 6)).toBe('2:3');
    expect(position(text, 'where', 10)).toBe('2:7');
  });

  it('skips the opening quote and escapes of a double-quoted scalar', () => {
    // 'where: "x = \"a\" and prio"': value x = "a" and prio; "prio" at value offset 12.
    // Source: quote at column 8, x at 9, the two escapes add one column each → prio at 9 + 12 + 2 = 23.
    expect(position('where: "x = \\"a\\" and prio"\n', 'where', 12)).toBe('1:23');
  });

  it('reads a doubled quote in a single-quoted scalar as one character', () => {
    // value: type = 'x' and prio → "prio" at value offset 17; source doubles two quotes → column 9 + 17 + 2 = 28.
    expect(position("where: 'type = ''x'' and prio'\n", 'where', 17)).toBe('1:28');
  });

  it('maps a folded block scalar line by line', () => {
    // ">" block: line 2 "  avg(" and line 3 "  prio)": value "avg( prio)\n", "prio" at offset 5 → line 3 column 3.
    expect(position('measure: >\n  avg(\n  prio)\n', 'measure', 5)).toBe('3:3');
  });

  it('maps a literal block scalar, keeping line breaks', () => {
    // "|" block: value "count(*)\nfilter (where prio)\n"; "prio" at offset 9 + 14 = 23 → line 3, column 3 + 14 = 17.
    expect(position('measure: |\n  count(*)\n  filter (where prio)\n', 'measure', 23)).toBe('3:17');
  });

  it('maps a block scalar whose header carries a comment and chomping', () => {
    // ">-  # note" header; "prio" is at offset 4 of "avg(prio)" on line 2 column 3 → column 7.
    expect(position('measure: >-  # note\n  avg(prio)\n', 'measure', 4)).toBe('2:7');
  });

  it('gives up on values that are not strings', () => {
    const doc = parseDocument('n: 12\n');
    expect(scalarOffsetMap('n: 12\n', doc.get('n', true) as never)).toBeUndefined();
  });
});
