/** One line of a line diff: kept in both, removed from the old text, or added in the new. */
export interface DiffLine {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/**
 * The shortest edit between two lists of lines, by longest common subsequence: every old
 * line appears once as `same` or `removed`, every new line once as `same` or `added`,
 * in order. O(n·m) time and memory, which is fine for SQL and YAML (hundreds of lines).
 *
 * @example
 * diffLines(['a', 'b', 'c'], ['a', 'c', 'd']);
 * // same a, removed b, same c, added d
 */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i]!;
    const below = lcs[i + 1]!;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = before[i] === after[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ kind: 'same', text: before[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ kind: 'removed', text: before[i]! });
      i++;
    } else {
      out.push({ kind: 'added', text: after[j]! });
      j++;
    }
  }
  for (; i < n; i++) out.push({ kind: 'removed', text: before[i]! });
  for (; j < m; j++) out.push({ kind: 'added', text: after[j]! });
  return out;
}

/**
 * A unified diff (as `diff -u` prints it) of two texts, with `context` unchanged lines
 * around each change; the empty string when the texts are equal.
 *
 * @example
 * unifiedDiff('a\nb\n', 'a\nc\n', { from: 'before', to: 'after' });
 * // --- before\n+++ after\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n
 */
export function unifiedDiff(
  before: string,
  after: string,
  labels: { readonly from: string; readonly to: string },
  context = 3,
): string {
  if (before === after) return '';
  const lines = diffLines(splitLines(before), splitLines(after));
  const changed = lines.flatMap((l, index) => (l.kind === 'same' ? [] : [index]));
  // Group changes whose context windows touch into one hunk.
  const hunks: { start: number; end: number }[] = [];
  for (const index of changed) {
    const start = Math.max(0, index - context);
    const end = Math.min(lines.length, index + context + 1);
    const last = hunks.at(-1);
    if (last && start <= last.end) last.end = end;
    else hunks.push({ start, end });
  }
  const out = [`--- ${labels.from}`, `+++ ${labels.to}`];
  for (const hunk of hunks) {
    let oldLine = 1;
    let newLine = 1;
    for (const l of lines.slice(0, hunk.start)) {
      if (l.kind !== 'added') oldLine++;
      if (l.kind !== 'removed') newLine++;
    }
    const body = lines.slice(hunk.start, hunk.end);
    const oldCount = body.filter((l) => l.kind !== 'added').length;
    const newCount = body.filter((l) => l.kind !== 'removed').length;
    out.push(`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`);
    for (const l of body) out.push(`${l.kind === 'same' ? ' ' : l.kind === 'removed' ? '-' : '+'}${l.text}`);
  }
  return `${out.join('\n')}\n`;
}

/** diff -u writes an empty range as "start-1,0". */
function range(start: number, count: number): string {
  return count === 0 ? `${start - 1},0` : count === 1 ? `${start}` : `${start},${count}`;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
