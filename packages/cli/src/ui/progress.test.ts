import { describe, expect, it } from 'vitest';
import { createProgress, renderProgressLine } from './progress.js';

function fakeBar(isTTY: boolean) {
  let time = 0;
  const written: string[] = [];
  const bar = createProgress({
    write: (t) => written.push(t),
    isTTY,
    label: 'Running',
    total: 10,
    now: () => time,
  });
  return { bar, written, advance: (ms: number) => (time += ms) };
}

describe('createProgress', () => {
  it('stays silent when the work finishes within two seconds', () => {
    const { bar, written, advance } = fakeBar(true);
    for (let i = 0; i < 10; i++) {
      advance(150);
      bar.tick();
    }
    bar.done();
    expect(written).toEqual([]);
  });

  it('draws on a terminal once the work has taken over two seconds, and clears its line at the end', () => {
    const { bar, written, advance } = fakeBar(true);
    advance(2500);
    bar.tick(5);
    expect(written).toHaveLength(1);
    expect(written[0]).toContain(' 5/10  50%');
    bar.done();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('never draws when stderr is not a terminal', () => {
    const { bar, written, advance } = fakeBar(false);
    advance(10_000);
    bar.tick(3);
    bar.done();
    expect(written).toEqual([]);
  });

  it('redraws at most every 100 ms', () => {
    const { bar, written, advance } = fakeBar(true);
    advance(3000);
    bar.tick();
    advance(10);
    bar.tick();
    advance(100);
    bar.tick();
    expect(written).toHaveLength(2);
  });
});

describe('renderProgressLine', () => {
  it('fits the bar to the terminal width', () => {
    const line = renderProgressLine('Running', 5, 20, 40);
    // 5 of 20 is 25 %; room = 40 - 1 - 7 ("Running") - 3 (" [" and "]") - 11 (" 5/20  25%") = 18 columns of bar, 4 of them filled.
    expect(line).toBe(`Running [${'#'.repeat(4)}${'-'.repeat(14)}]  5/20  25%`);
    expect(line.length).toBeLessThan(40);
  });

  it('shows a plain counter when the total is unknown', () => {
    expect(renderProgressLine('Reading', 7, undefined, 80)).toBe('Reading 7');
  });
});
