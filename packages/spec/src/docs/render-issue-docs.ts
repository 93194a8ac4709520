import { issueAreas } from '../issues/issue-catalog.js';
import { issueCatalogSv } from '../issues/issue-catalog-sv.js';
import type { IssueDefinition } from '../issues/issue-definition.js';

/**
 * The text of docs/issue-codes.md, generated from the issue catalog (every area, including
 * codes other parts of the project add). scripts/write-issue-docs.ts writes it, and a test
 * fails while the committed page is stale.
 *
 * @example
 * renderIssueDocs().startsWith('# Issue codes'); // true
 */
export function renderIssueDocs(): string {
  const lines: string[] = [
    '# Issue codes',
    '',
    '<!-- Generated from packages/spec/src/issues/catalog-*.ts by packages/spec/scripts/write-issue-docs.ts. Do not edit. -->',
    '',
    'Every problem Nyckeltal reports has a stable code. A code is never renamed or reused, so you can search',
    'for it, link to it and allow-list it in CI. Words in {braces} are filled in with the names from your files.',
    '**error** fails `kpi validate`; **warning** is advice, and fails only with `--strict`.',
    'Each message and hint is followed by its Swedish wording, which `kpi … --lang sv` prints.',
    '',
  ];
  for (const area of issueAreas) {
    const count = area.issues.length;
    lines.push(
      `- [${area.prefix}xx — ${area.title}](#${anchor(`${area.prefix}xx — ${area.title}`)}) (${count})`,
    );
  }
  lines.push('');
  for (const area of issueAreas) {
    lines.push(`## ${area.prefix}xx — ${area.title}`, '');
    if (area.issues.length === 0) {
      lines.push('No codes yet.', '');
      continue;
    }
    for (const def of [...area.issues].sort((a, b) => a.code.localeCompare(b.code)))
      lines.push(...renderIssue(def));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderIssue(def: IssueDefinition): string[] {
  const sv = issueCatalogSv.get(def.code);
  const out = [
    `### ${def.code} ${def.title}`,
    '',
    `Severity: **${def.severity}**`,
    '',
    `> ${oneLine(def.message)}`,
  ];
  if (sv) out.push('', `Svenska: ${oneLine(sv.message)}`);
  out.push('');
  if (def.hint) out.push(`How to fix: ${oneLine(def.hint)}`, '');
  if (sv?.hint) out.push(`Så rättar du det: ${oneLine(sv.hint)}`, '');
  if (def.docs) out.push(def.docs.trim(), '');
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** GitHub's heading anchors: lower case, spaces to dashes, most punctuation dropped. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}
