import { describe, expect, it } from 'vitest';
import { lexMeasure } from './lex-measure.js';

const kinds = (text: string) => lexMeasure(text).map((t) => [t.kind, t.text]);

describe('lexMeasure', () => {
  it('splits words, numbers, text and symbols, ending with an end token', () => {
    expect(kinds("avg(x)>=2.5 and y<>'a'")).toEqual([
      ['word', 'avg'],
      ['symbol', '('],
      ['word', 'x'],
      ['symbol', ')'],
      ['symbol', '>='],
      ['number', '2.5'],
      ['word', 'and'],
      ['word', 'y'],
      ['symbol', '<>'],
      ['string', "'a'"],
      ['end', ''],
    ]);
  });

  it('records offsets and lowercases words for keyword matching', () => {
    const [word] = lexMeasure('  COUNT');
    expect(word).toMatchObject({ start: 2, end: 7, text: 'COUNT', lower: 'count' });
  });

  it('treats tabs, newlines and no-break spaces as spaces', () => {
    expect(kinds('a\t+\n\u00a0b').map(([, text]) => text)).toEqual(['a', '+', 'b', '']);
  });

  it('does not take a trailing dot or a bare e as part of a number', () => {
    expect(kinds('1e').map(([kind, text]) => `${kind}:${text}`)).toEqual(['number:1', 'word:e', 'end:']);
    expect(kinds('2.')[0]).toEqual(['number', '2']);
  });

  it('stops after the first invalid token, since parsing stops there', () => {
    expect(kinds('a ; b ; c')).toEqual([
      ['word', 'a'],
      ['invalid', ';'],
      ['end', ''],
    ]);
  });
});
