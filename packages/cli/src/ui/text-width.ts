import { stripAnsi } from './color.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// A grapheme that draws nothing: combining marks, zero-width spaces and joiners, variation selectors.
const zeroWidth = /^(?:\p{Mn}|\p{Me}|\p{Cf}|\u200B|[\uFE00-\uFE0F])+$/u;
const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * How many terminal columns a string takes: ANSI escapes take none, combining marks
 * none, East Asian wide characters and emoji two, everything else one. Grapheme-aware,
 * so "é" written as e + combining accent is one column and a flag emoji is two.
 *
 * @example
 * textWidth('Lösningstid'); // 11
 * textWidth('日本');         // 4
 * textWidth('\x1b[31mred\x1b[39m'); // 3
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(stripAnsi(text))) {
    width += graphemeWidth(segment);
  }
  return width;
}

function graphemeWidth(grapheme: string): number {
  if (zeroWidth.test(grapheme)) return 0;
  const first = grapheme.codePointAt(0) ?? 0;
  if (first < 0x20 || (first >= 0x7f && first < 0xa0)) return 0;
  if (emoji.test(grapheme) && (grapheme.length > 1 || first >= 0x1f000)) return 2;
  return isWide(first) ? 2 : 1;
}

/** East Asian Wide and Fullwidth blocks (Unicode UAX #11), the ones terminals draw double. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * Pads `text` with spaces to `width` columns, on the right (left-aligned) or the left.
 *
 * @example
 * padText('åäö', 5);          // 'åäö  '
 * padText('42', 5, 'right');  // '   42'
 */
export function padText(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'left' ? text + gap : gap + text;
}
