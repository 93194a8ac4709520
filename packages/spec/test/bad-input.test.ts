import { describe, expect, it } from 'vitest';
import type { Issue } from '../src/issues/issue.js';
import { MAX_FILE_BYTES } from '../src/load/decode-text.js';
import type { ProjectFile } from '../src/load/load-files.js';
import { validateProject } from '../src/validate-project.js';
import { kpiYaml, projectFiles } from './project-fixture.js';

/**
 * Item 8 of issue 2: each kind of bad file gives one clear issue with a position, never a
 * throw or a hang, and never hides the issues of the other files. Every case adds the bad
 * file next to a second KPI with a known mistake (direction "lowr", line 14) and checks both are reported.
 */
function validateWith(bad: ProjectFile): { bad: Issue[]; other: Issue[]; all: Issue[] } {
  const other = { path: 'itsm/other.yaml', text: kpiYaml('itsm.other', { direction: 'lowr' }) };
  const started = performance.now();
  const { issues } = validateProject({ root: '/p', files: projectFiles([bad, other]) });
  // Not a benchmark: a guard that nothing degenerates into seconds of work.
  expect(performance.now() - started).toBeLessThan(5000);
  const mine = issues.filter((i) => i.file === bad.path);
  const theirs = issues.filter((i) => i.file === 'itsm/other.yaml');
  expect(theirs.map((i) => `${i.code}@${i.line}`)).toContain('KPI0103@14');
  return { bad: mine, other: theirs, all: issues };
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('bad input', () => {
  it('reports malformed YAML (an unclosed quote) at its line', () => {
    const { bad } = validateWith({
      path: 'itsm/broken.yaml',
      text: 'kind: kpi\nid: "itsm.broken\ntitle: x\n',
    });
    expect(bad[0]).toMatchObject({ code: 'KPI0005', severity: 'error', line: 2 });
    expect(bad[0]?.message).toMatch(/quote/i);
  });

  it('reports a tab used for indentation at the tab', () => {
    const { bad } = validateWith({ path: 'itsm/tabs.yaml', text: 'kind: kpi\nowner:\n\tname: x\n' });
    expect(bad[0]).toMatchObject({ code: 'KPI0006', line: 3, column: 1 });
  });

  it('reports a key given twice, naming the key, at the second one', () => {
    const { bad } = validateWith({ path: 'itsm/dup.yaml', text: 'kind: kpi\nid: a\nunit: hours\nid: b\n' });
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ code: 'KPI0007', line: 4, column: 1 });
    expect(bad[0]?.message).toContain('"id"');
  });

  it('refuses a billion-laughs alias bomb without expanding it', () => {
    // 9 levels of 9 aliases each would expand to 9^9 ≈ 387 million strings.
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const { bad } = validateWith({ path: 'itsm/bomb.yaml', text: `kind: kpi\n${levels.join('\n')}\n` });
    expect(bad).toEqual([expect.objectContaining({ code: 'KPI0008', line: 1 })]);
  });

  it('refuses a 10 MB file by its size, before parsing it', () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x61); // 10 MB of "a"
    const { bad } = validateWith({ path: 'itsm/huge.yaml', text: big });
    expect(bad).toEqual([expect.objectContaining({ code: 'KPI0001', line: 1, column: 1 })]);
    expect(bad[0]?.message).toContain('10.0 MB');
    expect(MAX_FILE_BYTES).toBe(1024 * 1024);
  });

  it('refuses a binary file with a zero byte', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const { bad } = validateWith({ path: 'itsm/logo.yaml', text: png });
    // The first zero byte is the 9th byte, offset 8.
    expect(bad).toEqual([
      expect.objectContaining({ code: 'KPI0002', message: expect.stringContaining('position 8') }),
    ]);
  });

  it('refuses text that is not UTF-8, at the line of the first bad byte', () => {
    // "kind: kpi\ntitle: K" then 0xF6 — "ö" in Windows-1252 — on line 2.
    const bytes = new Uint8Array([...encode('kind: kpi\ntitle: K'), 0xf6, ...encode('p\n')]);
    const { bad } = validateWith({ path: 'itsm/latin1.yaml', text: bytes });
    expect(bad).toEqual([expect.objectContaining({ code: 'KPI0003', line: 2 })]);
  });

  it('warns about an empty file and a file of only comments', () => {
    expect(validateWith({ path: 'itsm/empty.yaml', text: '' }).bad).toEqual([
      expect.objectContaining({ code: 'KPI0004', severity: 'warning' }),
    ]);
    expect(validateWith({ path: 'itsm/empty.yaml', text: '# nothing yet\n\n' }).bad[0]?.code).toBe('KPI0004');
  });

  it('refuses several documents in one file, pointing at the second', () => {
    const text = `${kpiYaml('itsm.a')}---\n${kpiYaml('itsm.b')}`;
    const { bad } = validateWith({ path: 'itsm/two.yaml', text });
    const secondStart = kpiYaml('itsm.a').split('\n').length; // the "---" line is line n, the document starts there
    expect(bad).toEqual([
      expect.objectContaining({ code: 'KPI0009', message: expect.stringContaining('2 YAML documents') }),
    ]);
    expect(bad[0]?.line).toBe(secondStart);
  });

  it('names the nearest kind when the kind is unknown', () => {
    const { bad } = validateWith({ path: 'itsm/kind.yaml', text: 'kind: scorcard\nid: x\n' });
    expect(bad).toEqual([expect.objectContaining({ code: 'KPI0013', line: 1, column: 7 })]);
    expect(bad[0]?.hint).toContain('Did you mean "scorecard"?');
  });

  it('refuses 1,000 levels of nesting, in flow and in block style, without a stack overflow', () => {
    const flow = validateWith({
      path: 'itsm/deep.yaml',
      text: `kind: kpi\nx: ${'['.repeat(1000)}${']'.repeat(1000)}\n`,
    });
    expect(flow.bad).toEqual([expect.objectContaining({ code: 'KPI0010', line: 2 })]);
    let block = 'kind: kpi\n';
    for (let i = 0; i < 1000; i++) block += `${'  '.repeat(i)}k${i}:\n`;
    const blockResult = validateWith({ path: 'itsm/deep.yaml', text: block });
    expect(blockResult.bad[0]?.code).toBe('KPI0010');
  });

  it('survives 100,000 opening brackets, which would exhaust the parser', () => {
    const { bad } = validateWith({ path: 'itsm/brackets.yaml', text: '['.repeat(100_000) });
    expect(bad[0]?.code).toBe('KPI0010');
  });

  it('reports every bad file of a project, not just the first', () => {
    const { all } = validateWith({ path: 'itsm/a.yaml', text: 'kind: kpi\n\tx: 1\n' });
    const more = validateProject({
      root: '/p',
      files: projectFiles([
        { path: 'a.yaml', text: 'kind: kpi\n\tx: 1\n' },
        { path: 'b.yaml', text: new Uint8Array([0xff, 0xfe]) },
        { path: 'c.yaml', text: 'kind: nope\n' },
      ]),
    });
    expect(new Set(more.issues.map((i) => i.file))).toEqual(new Set(['a.yaml', 'b.yaml', 'c.yaml']));
    expect(all.length).toBeGreaterThan(1);
  });
});
