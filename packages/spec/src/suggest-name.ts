/**
 * "Did you mean …?" for names a user mistyped: fields, functions, calendars, KPI ids,
 * YAML keys. Shared by every stage that reports an unknown name, so suggestions feel
 * the same everywhere.
 */

/** Names longer than this are not compared: the quadratic distance is not worth it for them. */
const MAX_COMPARED_LENGTH = 80;

/**
 * The candidate closest to `name`, or undefined when none is close enough to be a
 * plausible typo. Comparison ignores case. A candidate counts as close when its edit
 * distance (Levenshtein: insertions, deletions, substitutions) is small for the name's
 * length, or when one starts with the other (`prio` → `priority`). Ties go to the
 * smaller distance, then a prefix match, then alphabetical order, so the answer is stable.
 *
 * @example
 * suggestName('priorty', ['priority', 'type', 'opened_at']); // 'priority'
 * suggestName('prio', ['priority', 'type']);                   // 'priority'
 * suggestName('zzz', ['priority', 'type']);                    // undefined
 */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  if (wanted.length === 0 || wanted.length > MAX_COMPARED_LENGTH) return undefined;
  let best: { name: string; distance: number; prefix: boolean } | undefined;
  for (const candidate of candidates) {
    if (candidate.length > MAX_COMPARED_LENGTH) continue;
    const lower = candidate.toLowerCase();
    const distance = editDistance(wanted, lower);
    const prefix = isPrefixMatch(wanted, lower);
    if (distance > allowedDistance(wanted.length) && !prefix) continue;
    if (!best || isBetter({ name: candidate, distance, prefix }, best)) {
      best = { name: candidate, distance, prefix };
    }
  }
  return best?.name;
}

/**
 * The Levenshtein distance between two strings, in O(a·b) time and O(b) memory.
 *
 * @example
 * editDistance('kitten', 'sitting'); // 3
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

// One typo in a short name, two in a medium one, about a third of the letters in a long one.
function allowedDistance(length: number): number {
  if (length <= 2) return 1;
  if (length <= 5) return 2;
  return Math.floor(length / 3) + 1;
}

function isPrefixMatch(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && longer.startsWith(shorter);
}

function isBetter(
  a: { name: string; distance: number; prefix: boolean },
  b: { name: string; distance: number; prefix: boolean },
): boolean {
  if (a.distance !== b.distance) return a.distance < b.distance;
  if (a.prefix !== b.prefix) return a.prefix;
  return a.name < b.name;
}
