import { describe, expect, it } from 'vitest';
import { createColors, shouldUseColor, stripAnsi } from './color.js';

describe('shouldUseColor', () => {
  it('colours a terminal and not a pipe when nothing else is said', () => {
    expect(shouldUseColor({ isTTY: true, env: {}, noColorFlag: false })).toBe(true);
    expect(shouldUseColor({ isTTY: false, env: {}, noColorFlag: false })).toBe(false);
  });

  it('turns colour off on a terminal when NO_COLOR is set to anything non-empty', () => {
    expect(shouldUseColor({ isTTY: true, env: { NO_COLOR: '1' }, noColorFlag: false })).toBe(false);
    expect(shouldUseColor({ isTTY: true, env: { NO_COLOR: '' }, noColorFlag: false })).toBe(true);
  });

  it('forces colour into a pipe with FORCE_COLOR, even over NO_COLOR, unless it is 0', () => {
    expect(shouldUseColor({ isTTY: false, env: { FORCE_COLOR: '1' }, noColorFlag: false })).toBe(true);
    expect(
      shouldUseColor({ isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, noColorFlag: false }),
    ).toBe(true);
    expect(shouldUseColor({ isTTY: true, env: { FORCE_COLOR: '0' }, noColorFlag: false })).toBe(false);
  });

  it('lets --no-color win over everything', () => {
    expect(shouldUseColor({ isTTY: true, env: { FORCE_COLOR: '1' }, noColorFlag: true })).toBe(false);
  });

  it('treats TERM=dumb as a terminal without colours', () => {
    expect(shouldUseColor({ isTTY: true, env: { TERM: 'dumb' }, noColorFlag: false })).toBe(false);
  });
});

describe('createColors', () => {
  it('wraps text in ANSI escapes when on and leaves it alone when off', () => {
    expect(createColors(true).red('x')).toBe('\x1b[31mx\x1b[39m');
    expect(createColors(false).red('x')).toBe('x');
    expect(stripAnsi(createColors(true).bold(createColors(true).green('ok')))).toBe('ok');
  });
});
