import { formatBytes } from '../format-bytes.js';
import type { Issue } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';

/** Definition files are a page of YAML; anything this big is a mistake (a data export, a log). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Git's rule: a zero byte among the first 8000 means binary. */
const BINARY_SNIFF_BYTES = 8000;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a file's content into text, or says why it cannot be a definition file: too large,
 * binary, or not UTF-8. Cheap checks come first, so a 10 MB file is refused without reading it.
 *
 * @example
 * decodeText('kpis/a.yaml', new Uint8Array([0x6b, 0x3a, 0x20, 0x31])); // { text: 'k: 1' }
 * decodeText('kpis/a.yaml', new Uint8Array([0xff])).issue?.code;       // 'KPI0003'
 */
export function decodeText(file: string, content: string | Uint8Array): { text?: string; issue?: Issue } {
  const size = typeof content === 'string' ? content.length : content.byteLength;
  if (size > MAX_FILE_BYTES) {
    return {
      issue: createIssue(
        'KPI0001',
        { size: formatBytes(size), limit: formatBytes(MAX_FILE_BYTES) },
        { file, line: 1, column: 1 },
      ),
    };
  }
  const nul = findNul(content);
  if (nul >= 0) return { issue: createIssue('KPI0002', { offset: nul }, { file, line: 1, column: 1 }) };
  if (typeof content === 'string') return { text: content };
  try {
    return { text: decoder.decode(content) };
  } catch {
    const offset = firstInvalidUtf8(content);
    let line = 1;
    for (let i = 0; i < offset; i++) if (content[i] === 0x0a) line++;
    return { issue: createIssue('KPI0003', { line }, { file, line, column: 1 }) };
  }
}

function findNul(content: string | Uint8Array): number {
  const end = Math.min(content.length, BINARY_SNIFF_BYTES);
  if (typeof content === 'string') {
    const at = content.indexOf('\u0000');
    return at >= 0 && at < end ? at : -1;
  }
  return content.subarray(0, end).indexOf(0);
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return bytes.length;
}
