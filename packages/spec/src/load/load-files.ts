import { LineCounter, parseAllDocuments, type YAMLError } from 'yaml';
import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type DefinitionKind, definitionKinds } from '../schemas/schemas.js';
import { suggestName } from '../suggest-name.js';
import { decodeText } from './decode-text.js';
import { type LoadedDoc, locateNode, locateOffsets, nodeAt } from './loaded-doc.js';
import { findExcessiveNesting } from './nesting-depth.js';
import { checkSchema } from './schema-check.js';

/** A file handed to spec by whoever read it (the CLI, the playground, a test). */
export interface ProjectFile {
  /** Posix path relative to the project root, e.g. `itsm/mttr.yaml`. */
  readonly path: string;
  readonly text: string | Uint8Array;
}

/** Real definition files nest a handful of levels; the parser itself fails near a thousand. */
export const MAX_NESTING = 64;
/** Real definition files need no aliases; a few are tolerated, a bomb is refused. */
export const MAX_ALIASES = 100;
/** Enough YAML errors to fix at once; more from one file would bury other files' issues. */
const MAX_SYNTAX_ISSUES = 10;

export const PROJECT_FILE = 'nyckeltal.yaml';

/**
 * Loads definition files: decodes, parses YAML with positions, reads `kind` and checks each
 * document against its kind's JSON Schema. Never throws on bad input; each problem is an
 * issue with file and position, and a bad file does not stop the others from loading.
 *
 * @example
 * const { docs, issues } = loadFiles([{ path: 'itsm/mttr.yaml', text: 'kind: kpi\nid: itsm.mttr\n' }]);
 * docs[0]?.kind;      // 'kpi'
 * issues[0]?.code;    // 'KPI0102' (required settings missing)
 */
export function loadFiles(files: readonly ProjectFile[]): { docs: LoadedDoc[]; issues: Issue[] } {
  const docs: LoadedDoc[] = [];
  const issues: Issue[] = [];
  for (const file of files) {
    const loaded = loadFile(file);
    issues.push(...loaded.issues);
    if (loaded.doc) docs.push(loaded.doc);
  }
  return { docs, issues };
}

/** Loads one file; see {@link loadFiles}. */
export function loadFile(input: ProjectFile): { doc?: LoadedDoc; issues: Issue[] } {
  const file = input.path;
  const { text, issue } = decodeText(file, input.text);
  if (text === undefined) return { issues: issue ? [issue] : [] };
  const deep = findExcessiveNesting(text, MAX_NESTING);
  if (deep) return { issues: [createIssue('KPI0010', { limit: MAX_NESTING }, { file, ...deep })] };

  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const all = Array.isArray(parsed) ? parsed : [];
  const first = all[0];
  if (!first || (all.length === 1 && first.contents === null && first.errors.length === 0)) {
    return { issues: [createIssue('KPI0004', {}, { file, line: 1, column: 1 })] };
  }
  const syntax = all.flatMap((d) => d.errors).slice(0, MAX_SYNTAX_ISSUES);
  if (syntax.length > 0) return { issues: syntax.map((e) => yamlErrorIssue(file, text, lines, e)) };
  if (all.length > 1) {
    const second = all[1]!;
    const at = locateOffsets({ file, lines }, second.range[0], second.range[0]);
    return { issues: [createIssue('KPI0009', { count: all.length }, at)] };
  }

  let value: unknown;
  try {
    value = first.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError) {
      return { issues: [createIssue('KPI0008', { limit: MAX_ALIASES }, { file, line: 1, column: 1 })] };
    }
    throw error;
  }
  const root = { file, lines, yaml: first };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const at = locateNode(root, nodeAt(root, []));
    return { issues: [createIssue('KPI0011', { found: describeValue(value) }, at)] };
  }
  const record = value as Record<string, unknown>;
  const kindIssue = checkKind(record.kind, root);
  if (kindIssue) return { issues: [kindIssue] };
  const kind = record.kind as DefinitionKind;
  const id = typeof record.id === 'string' ? record.id : undefined;
  const issues: Issue[] = [];
  if (kind === 'project' && file !== PROJECT_FILE) {
    issues.push(createIssue('KPI0015', { file }, locateNode(root, nodeAt(root, ['kind']))));
  }
  const base = { file, kind, id, value: record, text, yaml: first, lines };
  const schemaIssues = checkSchema({ ...base, valid: false });
  issues.push(...schemaIssues);
  return { doc: { ...base, valid: schemaIssues.length === 0 }, issues };
}

function checkKind(kind: unknown, root: Pick<LoadedDoc, 'file' | 'lines' | 'yaml'>): Issue | undefined {
  const at = locateNode(root, nodeAt(root, ['kind']));
  if (kind === undefined || kind === null)
    return createIssue('KPI0012', {}, locateNode(root, nodeAt(root, [])));
  if (typeof kind === 'string' && (definitionKinds as readonly string[]).includes(kind)) return undefined;
  const suggestion = typeof kind === 'string' ? suggestName(kind, definitionKinds) : undefined;
  return createIssue(
    'KPI0013',
    {
      kind: String(kind),
      suggestion: suggestion ? `Did you mean "${suggestion}"? ` : '',
      allowed: definitionKinds.join(', '),
    },
    at,
  );
}

function yamlErrorIssue(file: string, text: string, lines: LineCounter, error: YAMLError): Issue {
  const opened = error.code === 'MISSING_CHAR' ? openingQuote(text, error) : undefined;
  const at =
    opened !== undefined
      ? locateOffsets({ file, lines }, opened, opened + 1)
      : locateOffsets({ file, lines }, error.pos[0], error.pos[1]);
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return createIssue('KPI0006', {}, at);
    case 'DUPLICATE_KEY':
      return createIssue('KPI0007', { key: keyText(text, error.pos[0]) }, at);
    case 'RESOURCE_EXHAUSTION':
      return createIssue('KPI0010', { limit: MAX_NESTING }, at);
    default:
      return createIssue('KPI0005', { detail: plainYamlMessage(error.message) }, at);
  }
}

/**
 * yaml reports an unclosed quote where the file ends; the place to fix is where the quote
 * opened: the last quote before that which starts a value.
 */
function openingQuote(text: string, error: YAMLError): number | undefined {
  const quote = /Missing closing "quote/.test(error.message)
    ? '"'
    : /Missing closing 'quote/.test(error.message)
      ? "'"
      : undefined;
  if (!quote) return undefined;
  for (let i = Math.min(error.pos[0], text.length - 1); i >= 0; i--) {
    if (text[i] === quote && (i === 0 || /[\s:[{,]/.test(text[i - 1]!))) return i;
  }
  return undefined;
}

/** yaml's messages are good but end with position and a code excerpt, which the issue already carries. */
function plainYamlMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return (
    firstLine
      .replace(/ at line \d+, column \d+:?$/, '')
      .replace(/\.$/, '')
      .trim() || 'unexpected text'
  );
}

function keyText(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  const match = /^(?:"([^"]*)"|'([^']*)'|([^:\n]*))/.exec(rest);
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `only the text "${value.slice(0, 40)}"`;
  return `only the value ${String(value)}`;
}
