import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.js';

describe('formatBytes', () => {
  it('writes bytes, kB or MB with one decimal', () => {
    expect(formatBytes(840)).toBe('840 bytes');
    // 3300 / 1024 = 3.22… → 3.2 kB
    expect(formatBytes(3300)).toBe('3.2 kB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25.0 MB');
  });
});
