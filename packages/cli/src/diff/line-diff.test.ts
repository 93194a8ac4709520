import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from './line-diff.js';

describe('diffLines', () => {
  it('keeps the longest common run and marks the rest removed or added', () => {
    // LCS of a,b,c,d and a,c,d,e is a,c,d (length 3): b is removed, e added.
    expect(diffLines(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'e'])).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'same', text: 'd' },
      { kind: 'added', text: 'e' },
    ]);
  });

  it('turns an empty side into all additions or all removals', () => {
    expect(diffLines([], ['x', 'y']).map((l) => l.kind)).toEqual(['added', 'added']);
    expect(diffLines(['x'], []).map((l) => l.kind)).toEqual(['removed']);
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', { from: 'x', to: 'y' })).toBe('');
  });

  it('prints hunks with diff -u line ranges and three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n');
    const after = before.replace('5', 'five');
    // Line 5 changes; context 2–4 and 6–8, so the hunk covers old lines 2–8 (7 lines) and new 2–8.
    expect(unifiedDiff(before, after, { from: 'old', to: 'new' })).toBe(
      '--- old\n+++ new\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n',
    );
  });

  it('splits changes far apart into separate hunks', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i + 1}`).join('\n');
    const after = before.replace('l2\n', 'L2\n').replace('l18', 'L18');
    const hunks = unifiedDiff(before, after, { from: 'a', to: 'b' })
      .split('\n')
      .filter((l) => l.startsWith('@@'));
    // l2: context lines 1–5 (line 1 is the first); l18: lines 15–20 (line 20 is the last).
    expect(hunks).toEqual(['@@ -1,5 +1,5 @@', '@@ -15,6 +15,6 @@']);
  });

  it('writes an insertion into an empty text as a 0,0 range', () => {
    expect(unifiedDiff('', 'x\n', { from: 'a', to: 'b' })).toBe('--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n');
  });
});
