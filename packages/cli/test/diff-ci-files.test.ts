import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commands } from '../src/commands/index.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const files = [
  'action.yml',
  'examples/ci/github-workflow.yml',
  'examples/ci/gitlab-ci.yml',
  '.pre-commit-hooks.yaml',
];

/** Every `kpi <command> --option …` call written in a CI file (after `kpi` or `cli`/`$KPI`/`cmd`). */
function kpiCalls(text: string): { command: string; options: string[] }[] {
  const calls: { command: string; options: string[] }[] = [];
  for (const line of text.split('\n')) {
    // Comments, step names and descriptions are prose, not calls.
    if (/^\s*(#|- name:|name:|description:)/.test(line)) continue;
    const match = /(?:\bkpi|@nyckeltal\/cli|\$KPI|outputs\.cmd \}\})\s+([a-z]+)((?:\s+[^|;>&]*)?)/.exec(line);
    if (!match || match[1] === 'the') continue;
    const options = [...(match[2] ?? '').matchAll(/--([a-z-]+)/g)].map((m) => m[1]!);
    calls.push({ command: match[1]!, options });
  }
  return calls;
}

describe('the CI integration files', () => {
  it.each(files)('%s is valid YAML', (file) => {
    expect(() => parse(readFileSync(join(repoRoot, file), 'utf8'))).not.toThrow();
  });

  it('call only kpi commands and options that exist', () => {
    const problems: string[] = [];
    let count = 0;
    for (const file of files) {
      for (const call of kpiCalls(readFileSync(join(repoRoot, file), 'utf8'))) {
        const command = commands.find((c) => c.name === call.command);
        // `kpi test` is planned in DESIGN.md §3b; the action calls it, so it must exist when this runs in CI.
        if (!command) {
          if (call.command !== 'test') problems.push(`${file}: kpi ${call.command}`);
          continue;
        }
        count += 1;
        for (const option of call.options)
          if (!(option in command.options)) problems.push(`${file}: kpi ${call.command} --${option}`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(8);
  });

  it('give the action a diff output taken from the diff step', () => {
    const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
      runs: { using: string; steps: { id?: string; run?: string }[] };
      outputs: Record<string, { value: string }>;
    };
    expect(action.runs.using).toBe('composite');
    // A GitHub expression, not a JS template: the output comes from the diff step's `markdown`.
    expect(action.outputs.diff?.value).toBe(['$', '{{ steps.diff.outputs.markdown }}'].join(''));
    const diffStep = action.runs.steps.find((s) => s.id === 'diff');
    expect(diffStep?.run).toContain('--format markdown');
    expect(diffStep?.run).toContain('GITHUB_STEP_SUMMARY');
  });
});
