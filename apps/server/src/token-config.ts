import { readFile } from 'node:fs/promises';
import { mergeTokens, noTokens, parseTokens, type TokenTable } from './access-tokens.js';

/**
 * The token table from the environment's NYCKELTAL_TOKENS and/or a tokens file (same
 * format, one entry a line), with every entry that could not be read described.
 *
 * @example
 * const { table, problems } = await loadTokenConfig(process.env.NYCKELTAL_TOKENS, '/etc/nyckeltal/tokens');
 */
export async function loadTokenConfig(
  envValue: string | undefined,
  file: string | undefined,
): Promise<{ readonly table: TokenTable; readonly problems: readonly string[] }> {
  const tables: TokenTable[] = [];
  const problems: string[] = [];
  if (envValue) {
    const parsed = parseTokens(envValue, 'NYCKELTAL_TOKENS');
    tables.push(parsed.table);
    problems.push(...parsed.problems);
  }
  if (file) {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      problems.push(`tokens file ${file}: ${error.code === 'ENOENT' ? 'not found' : error.message}`);
      return '';
    });
    const parsed = parseTokens(text, file);
    tables.push(parsed.table);
    problems.push(...parsed.problems);
  }
  return { table: tables.length > 0 ? mergeTokens(...tables) : noTokens, problems };
}
