import { createIssue, type Issue, type LoadedDoc, locate, type ProjectModel } from '@nyckeltal/spec';

export const BLOCK_BEGIN = '# BEGIN nyckeltal';
export const BLOCK_END = '# END nyckeltal';

/** One KPI file and the review handle of its owning team. */
export interface OwnerLine {
  /** Path from the repository root, starting with "/" so it matches that file only. */
  readonly pattern: string;
  readonly handle: string;
}

/** The block's lines, and the KPIs that could not be mapped. */
export interface OwnersPlan {
  readonly lines: readonly OwnerLine[];
  readonly issues: readonly Issue[];
}

/**
 * Maps each KPI file to the handle of its owner's team (nyckeltal.yaml `owners:`). A KPI
 * without a team (KPI0704) or whose team has no handle (KPI0703) is left out and reported
 * at its `owner` line. `projectPath` is the project folder relative to the repository root.
 *
 * @example
 * planOwners(model, docs, 'kpis').lines; // [{ pattern: '/kpis/itsm/mttr.yaml', handle: '@acme/service-desk' }]
 */
export function planOwners(model: ProjectModel, docs: readonly LoadedDoc[], projectPath: string): OwnersPlan {
  const lines: OwnerLine[] = [];
  const issues: Issue[] = [];
  const prefix = projectPath === '' || projectPath === '.' ? '' : `${projectPath}/`;
  for (const kpi of [...model.kpis.values()].sort((a, b) => (a.origin.file < b.origin.file ? -1 : 1))) {
    const doc = docs.find((d) => d.kind === 'kpi' && d.id === kpi.id);
    const team = kpi.owner.team;
    const at = doc
      ? locate(doc, team === undefined ? ['owner'] : ['owner', 'team'])
      : { file: kpi.origin.file };
    if (team === undefined) {
      issues.push(createIssue('KPI0704', { kpi: kpi.id }, at));
      continue;
    }
    const handle = model.settings.owners[team];
    if (handle === undefined) {
      issues.push(createIssue('KPI0703', { kpi: kpi.id, team }, at));
      continue;
    }
    lines.push({ pattern: `/${prefix}${escapePattern(kpi.origin.file)}`, handle });
  }
  return { lines, issues };
}

/**
 * The generated block, from BEGIN to END, each line ending in "\n".
 *
 * @example
 * renderBlock([{ pattern: '/kpis/itsm/mttr.yaml', handle: '@acme/sd' }], 'kpis/nyckeltal.yaml');
 * // '# BEGIN nyckeltal …\n/kpis/itsm/mttr.yaml @acme/sd\n# END nyckeltal\n'
 */
export function renderBlock(lines: readonly OwnerLine[], settingsFile: string): string {
  const width = Math.max(0, ...lines.map((l) => l.pattern.length));
  return [
    `${BLOCK_BEGIN} (written by "kpi owners"; change owners: in ${settingsFile} instead)`,
    ...lines.map((l) => `${l.pattern.padEnd(width)} ${l.handle}`),
    BLOCK_END,
    '',
  ].join('\n');
}

/**
 * The CODEOWNERS text with the block put in: replacing the old block where it is, else
 * appended at the end (GitHub lets the last matching line win, so the KPI lines there
 * override broader rules above). Everything outside the block is kept as it is.
 *
 * @example
 * replaceBlock('* @acme/admins\n', block); // '* @acme/admins\n\n# BEGIN nyckeltal …# END nyckeltal\n'
 */
export function replaceBlock(text: string, block: string): string {
  const found = findBlock(text);
  if (found) return text.slice(0, found.start) + block + text.slice(found.end);
  if (text.trim() === '') return block;
  return `${text.endsWith('\n') ? text : `${text}\n`}\n${block}`;
}

/**
 * Where the block is in a CODEOWNERS text: character offsets (end after the END line's
 * newline) and the 1-based line of BEGIN; undefined when there is no complete block.
 *
 * @example
 * findBlock('x\n# BEGIN nyckeltal\n# END nyckeltal\n'); // { start: 2, end: 36, line: 2 }
 */
export function findBlock(text: string): { start: number; end: number; line: number } | undefined {
  const begin = /^# BEGIN nyckeltal\b.*$/m.exec(text);
  if (!begin) return undefined;
  const endMatch = /^# END nyckeltal[^\n]*(\n|$)/m.exec(text.slice(begin.index));
  if (!endMatch) return undefined;
  const end = begin.index + endMatch.index + endMatch[0].length;
  const line = text.slice(0, begin.index).split('\n').length;
  return { start: begin.index, end, line };
}

// CODEOWNERS patterns follow gitignore rules: spaces, "#" at the start, and globs need escaping.
function escapePattern(path: string): string {
  return path.replace(/([ #*?[\]\\!])/g, '\\$1');
}
