import { type Document, isMap, isNode, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { SourceLocation } from '../issues/issue.js';
import type { DefinitionKind } from '../schemas/schemas.js';

/** A path into a document: mapping keys and sequence indexes, as in `['targets', 0, 'from']`. */
export type DocPath = readonly (string | number)[];

/**
 * One definition file after loading: its YAML tree (with positions) and its plain value.
 * `valid` says whether the value passed the JSON Schema of its kind; rules read the
 * content of valid documents only, but every document's id counts for references.
 *
 * @example
 * const [doc] = loadFiles([{ path: 'itsm/mttr.yaml', text: 'kind: kpi\nid: itsm.mttr\n' }]).docs;
 * doc.kind; // 'kpi'
 * locate(doc, ['id']); // { file: 'itsm/mttr.yaml', line: 2, column: 5, … }
 */
export interface LoadedDoc {
  readonly file: string;
  readonly kind: DefinitionKind;
  /** The `id` when it is a string (project files have none). */
  readonly id: string | undefined;
  readonly value: Readonly<Record<string, unknown>>;
  readonly valid: boolean;
  /** The decoded file text, for mapping positions inside scalars. */
  readonly text: string;
  readonly yaml: Document.Parsed;
  readonly lines: LineCounter;
}

/** The YAML node at a path, or the deepest existing ancestor when the path runs out. */
export function nodeAt(doc: Pick<LoadedDoc, 'yaml'>, path: DocPath): Node | undefined {
  let node: unknown = doc.yaml.contents;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (next === undefined) break;
    node = next;
  }
  return isNode(node) ? node : undefined;
}

function childOf(node: unknown, segment: string | number): unknown {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
    return pair?.value ?? undefined;
  }
  if (isSeq(node) && typeof segment === 'number') return node.items[segment];
  return undefined;
}

/** The key node of `key` in the mapping at `path` (for unknown or duplicated settings). */
export function keyNodeAt(doc: Pick<LoadedDoc, 'yaml'>, path: DocPath, key: string): Node | undefined {
  const parent = nodeAt(doc, path);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return pair && isNode(pair.key) ? pair.key : undefined;
}

/**
 * The file position of a node: its first character, and its end. Falls back to the
 * start of the file when the node is unknown.
 *
 * @example
 * locateNode(doc, nodeAt(doc, ['thresholds', 'green'])); // { file, line: 14, column: 21, endLine: 14, endColumn: 22 }
 */
export function locateNode(doc: Pick<LoadedDoc, 'file' | 'lines'>, node: Node | undefined): SourceLocation {
  const range = node?.range;
  if (!range) return { file: doc.file, line: 1, column: 1 };
  return locateOffsets(doc, range[0], range[1]);
}

/** The file position of a range of character offsets (end exclusive). */
export function locateOffsets(
  doc: Pick<LoadedDoc, 'file' | 'lines'>,
  start: number,
  end: number,
): SourceLocation {
  const from = doc.lines.linePos(start);
  const to = doc.lines.linePos(Math.max(start, end));
  return { file: doc.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** The position of the value at a path (or its nearest ancestor), with the doc's id as subject. */
export function locate(doc: LoadedDoc, path: DocPath = []): SourceLocation & { subject?: string } {
  const at = locateNode(doc, path.length === 0 ? undefined : nodeAt(doc, path));
  return doc.id === undefined ? at : { ...at, subject: doc.id };
}

/** The position of the key `key` in the mapping at `path`, falling back to the mapping itself. */
export function locateKey(doc: LoadedDoc, path: DocPath, key: string): SourceLocation & { subject?: string } {
  const node = keyNodeAt(doc, path, key) ?? nodeAt(doc, path);
  const at = locateNode(doc, node);
  return doc.id === undefined ? at : { ...at, subject: doc.id };
}
