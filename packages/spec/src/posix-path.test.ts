import { describe, expect, it } from 'vitest';
import { isInside, joinPath, normalizePath } from './posix-path.js';

describe('posix paths', () => {
  it('joins a relative path onto the project root, resolving ".."', () => {
    expect(joinPath('/work/kpis', '../data/tickets.parquet')).toBe('/work/data/tickets.parquet');
  });

  it('keeps an absolute path as it is', () => {
    expect(joinPath('/work/kpis', '/srv/data/x.csv')).toBe('/srv/data/x.csv');
  });

  it('never climbs above the filesystem root', () => {
    expect(normalizePath('/a/../../b')).toBe('/b');
  });

  it('keeps leading ".." on relative paths and drops "." and doubled slashes', () => {
    expect(normalizePath('../a/./b//c/..')).toBe('../a/b');
    expect(normalizePath('./')).toBe('.');
  });

  it('tells whether a file is inside a folder, not merely sharing a prefix', () => {
    expect(isInside('itsm/mttr.yaml', 'itsm')).toBe(true);
    expect(isInside('itsm-old/mttr.yaml', 'itsm')).toBe(false);
    expect(isInside('anything.yaml', '.')).toBe(true);
  });
});
