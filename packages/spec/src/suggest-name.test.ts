import { describe, expect, it } from 'vitest';
import { editDistance, suggestName } from './suggest-name.js';

describe('suggestName', () => {
  it('suggests the field a one-letter typo was meant to be', () => {
    expect(suggestName('priorty', ['type', 'priority', 'opened_at'])).toBe('priority');
  });

  it('suggests a longer name that the input is the start of', () => {
    expect(suggestName('prio', ['type', 'priority'])).toBe('priority');
  });

  it('ignores case, so a capitalised field name finds its lowercase field', () => {
    expect(suggestName('Priority', ['priority', 'type'])).toBe('priority');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(suggestName('zzz', ['priority', 'type', 'opened_at'])).toBeUndefined();
  });

  it('suggests nothing from an empty list or for an empty name', () => {
    expect(suggestName('avg', [])).toBeUndefined();
    expect(suggestName('', ['avg'])).toBeUndefined();
  });

  it('prefers the closest candidate and breaks ties alphabetically', () => {
    // 'avgg' → 'avg' is 1 deletion; 'sum' is 4 edits away.
    expect(suggestName('avgg', ['sum', 'avg'])).toBe('avg');
    // 'mox' → 'max' is 1 substitution (o→a); 'mox' → 'min' is 2 (o→i, x→n).
    expect(suggestName('mox', ['min', 'max'])).toBe('max');
    // 'mxx' is 2 substitutions from 'max' and from 'mix': alphabetical order picks 'max'.
    expect(suggestName('mxx', ['mix', 'max'])).toBe('max');
  });

  it('allows more typos in long names than in short ones', () => {
    // 'x' vs 'yz' is 2 edits: too many for a one-letter name.
    expect(suggestName('x', ['yz'])).toBeUndefined();
    // 'resolved_att' vs 'resolved_at' is 1 edit; 'reslovd_at' vs 'resolved_at' is 2.
    expect(suggestName('reslovd_at', ['resolved_at', 'opened_at'])).toBe('resolved_at');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    // kitten → sitten (substitute k) → sittin (substitute e) → sitting (insert g)
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});
