import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { audiencesOf, hashToken, mergeTokens, parseTokens } from './access-tokens.js';

// sha256("s3cret"), computed independently of hashToken:
const S3CRET = createHash('sha256').update('s3cret').digest('hex');

describe('parseTokens', () => {
  it('reads hashed entries separated by commas or lines, skipping comments and blanks', () => {
    const { table, problems } = parseTokens(
      `# team leads\nleads=sha256:${S3CRET}\n\n, exec=sha256:${S3CRET.toUpperCase()}`,
      'env',
    );
    expect(problems).toEqual([]);
    expect(table.entries.map((e) => [e.audience, e.hash.toString('hex')])).toEqual([
      ['leads', S3CRET],
      ['exec', S3CRET],
    ]);
  });

  it('hashes a plain token at once and keeps only the hash', () => {
    const { table } = parseTokens('leads=s3cret', 'env');
    expect(table.entries[0]?.hash.toString('hex')).toBe(S3CRET);
    expect(JSON.stringify(table)).not.toContain('s3cret');
  });

  it('describes unreadable entries without repeating their secrets', () => {
    const { table, problems } = parseTokens(
      '=abc, no-equals-sign-secret, bad audience!=x',
      'NYCKELTAL_TOKENS',
    );
    expect(table.entries).toEqual([]);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).not.toContain('no-equals-sign-secret');
    expect(problems[0]).toBe(
      'NYCKELTAL_TOKENS: entry 1 is not "audience=sha256:<hex>" (the audience is letters, digits, . _ -)',
    );
  });
});

describe('audiencesOf', () => {
  const { table } = parseTokens(`leads=sha256:${S3CRET}, exec=sha256:${S3CRET}, hr=${'other'}`, 'env');

  it('opens every audience the presented bearer token is configured for', () => {
    expect([...audiencesOf(table, 'Bearer s3cret')].sort()).toEqual(['exec', 'leads']);
    expect([...audiencesOf(table, 'bearer other')]).toEqual(['hr']);
  });

  it('opens nothing without a header, with another scheme, a wrong token or the hash itself', () => {
    for (const header of [
      undefined,
      '',
      'Basic s3cret',
      'Bearer s3cre',
      'Bearer s3crett',
      `Bearer sha256:${S3CRET}`,
      'Bearer',
    ]) {
      expect(audiencesOf(table, header).size, String(header)).toBe(0);
    }
  });

  it('refuses an over-long header unhashed', () => {
    expect(audiencesOf(table, `Bearer ${'a'.repeat(5000)}`).size).toBe(0);
  });

  it('merges tables', () => {
    const merged = mergeTokens(table, parseTokens('ops=op-token', 'file').table);
    expect([...audiencesOf(merged, 'Bearer op-token')]).toEqual(['ops']);
  });
});

describe('hashToken', () => {
  it('writes sha256:<hex> as sha256sum would', () => {
    expect(hashToken('s3cret')).toBe(`sha256:${S3CRET}`);
  });
});
