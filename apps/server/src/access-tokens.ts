import { createHash, timingSafeEqual } from 'node:crypto';

/** One configured token: the SHA-256 of the secret, and the audience it opens. */
export interface TokenEntry {
  readonly hash: Buffer;
  readonly audience: string;
}

/** Bearer tokens mapped to audiences. Only hashes are kept; the secrets are never stored. */
export interface TokenTable {
  readonly kind: 'token-table';
  readonly entries: readonly TokenEntry[];
}

/** Longer Authorization values are refused unhashed: no real token is this long. */
const MAX_TOKEN_LENGTH = 4096;
const HASHED = /^sha256:([0-9a-f]{64})$/i;
const AUDIENCE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A token table that opens nothing: every private scorecard stays hidden. */
export const noTokens: TokenTable = { kind: 'token-table', entries: [] };

/**
 * The SHA-256 of a token as the configuration writes it (`sha256:<hex>`).
 *
 * @example
 * hashToken('s3cret'); // 'sha256:9c3a…' (the same as `printf %s s3cret | sha256sum`)
 */
export function hashToken(token: string): string {
  return `sha256:${createHash('sha256').update(token, 'utf8').digest('hex')}`;
}

/**
 * Reads token configuration: entries `audience=sha256:<64 hex digits>` (preferred: the
 * secret never sits in the configuration) or `audience=<token>` (hashed at once), separated
 * by commas or new lines; blank lines and lines starting with `#` are skipped. The same
 * token may appear for several audiences. Returns the table and the entries it could not read
 * (described without their secrets).
 *
 * @example
 * const { table, problems } = parseTokens('hr-leads=sha256:2bb8…\nexec=sha256:9f86…', 'NYCKELTAL_TOKENS');
 */
export function parseTokens(
  text: string,
  origin: string,
): { readonly table: TokenTable; readonly problems: readonly string[] } {
  const entries: TokenEntry[] = [];
  const problems: string[] = [];
  const parts = text
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'));
  for (const [i, part] of parts.entries()) {
    const eq = part.indexOf('=');
    const audience = eq > 0 ? part.slice(0, eq).trim() : '';
    const secret = eq > 0 ? part.slice(eq + 1).trim() : '';
    if (!AUDIENCE.test(audience) || secret === '') {
      problems.push(
        `${origin}: entry ${i + 1} is not "audience=sha256:<hex>" (the audience is letters, digits, . _ -)`,
      );
      continue;
    }
    const hashed = HASHED.exec(secret)?.[1];
    const hex = hashed ?? hashToken(secret).slice('sha256:'.length);
    entries.push({ audience, hash: Buffer.from(hex.toLowerCase(), 'hex') });
  }
  return { table: { kind: 'token-table', entries }, problems };
}

/**
 * The audiences a request's `Authorization: Bearer <token>` opens; empty without a valid
 * token. The presented token is hashed and compared with every configured hash in constant
 * time (crypto.timingSafeEqual, no early exit), so timing tells nothing about near misses.
 *
 * @example
 * audiencesOf(table, 'Bearer s3cret'); // Set { 'hr-leads' }
 */
export function audiencesOf(table: TokenTable, authorization: string | undefined): ReadonlySet<string> {
  const found = new Set<string>();
  if (!authorization || table.entries.length === 0 || authorization.length > MAX_TOKEN_LENGTH) return found;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) return found;
  const presented = createHash('sha256').update(match[1], 'utf8').digest();
  for (const entry of table.entries) {
    if (timingSafeEqual(presented, entry.hash)) found.add(entry.audience);
  }
  return found;
}

/**
 * Two tables as one (tokens from the environment and from a file).
 *
 * @example
 * const table = mergeTokens(fromEnv.table, fromFile.table);
 */
export function mergeTokens(...tables: readonly TokenTable[]): TokenTable {
  return { kind: 'token-table', entries: tables.flatMap((t) => t.entries) };
}
