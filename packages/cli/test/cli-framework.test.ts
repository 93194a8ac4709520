import { describe, expect, it } from 'vitest';
import { defineCommand } from '../src/command-spec.js';
import { ExitCode } from '../src/exit-codes.js';
import { runCli } from './run-cli.js';

// A small registry of its own, so these tests exercise main() and not any one command.
const echo = defineCommand({
  name: 'echo',
  summary: { en: 'Print the words back', sv: 'Skriv tillbaka orden' },
  usage: 'kpi echo <word>… [--loud]',
  options: { loud: { type: 'boolean', description: { en: 'In capitals', sv: 'Med versaler' } } },
  positionals: [{ name: 'word', multiple: true, description: { en: 'Words', sv: 'Ord' } }],
  async run(args, ctx) {
    const text = args.positionals.join(' ');
    ctx.io.stdout(`${ctx.colors.green(args.values.loud ? text.toUpperCase() : text)}\n`);
    return ExitCode.Clean;
  },
});
const crash = defineCommand({
  name: 'crash',
  summary: { en: 'Fail like a bug', sv: 'Krascha som en bugg' },
  usage: 'kpi crash',
  options: {},
  async run() {
    throw new TypeError("Cannot read properties of undefined (reading 'kpis')\n    at somewhere");
  },
});
const registry = [echo, crash];

describe('kpi (the framework)', () => {
  it('runs a command with its options and returns its exit code', async () => {
    expect(await runCli(['echo', 'hej', 'då', '--loud'], {}, registry)).toEqual({
      code: 0,
      stdout: 'HEJ DÅ\n',
      stderr: '',
    });
  });

  it('accepts global options before the command name', async () => {
    const run = await runCli(['--lang', 'sv', 'echo', '--nope'], {}, registry);
    expect(run.stderr).toContain('Okänd flagga --nope.');
  });

  it('prints the version with --version', async () => {
    const run = await runCli(['--version'], {}, registry);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('lists the commands with --help and exits 0', async () => {
    const run = await runCli(['--help'], {}, registry);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: kpi <command> [options]');
    expect(run.stdout).toMatch(/ {2}echo {3}Print the words back\n {2}crash {2}Fail like a bug/);
    expect(run.stdout).toContain('-v, --version');
  });

  it('generates each command’s help from its spec', async () => {
    const run = await runCli(['echo', '--help'], {}, registry);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kpi echo — Print the words back');
    expect(run.stdout).toContain('Usage: kpi echo <word>… [--loud]');
    expect(run.stdout).toMatch(/--loud\s+In capitals/);
    expect(run.stdout).toMatch(/-h, --help\s+Show this help/);
  });

  it('treats a missing command as a usage error: help on stderr, exit 2', async () => {
    const run = await runCli([], {}, registry);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('kpi: Which command?');
  });

  it('suggests the nearest command for an unknown one and exits 2', async () => {
    const run = await runCli(['ecoh'], {}, registry);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kpi: Unknown command "ecoh". Did you mean kpi echo?\nRun "kpi --help" for usage.\n',
    });
  });

  it('suggests the nearest option for an unknown one and points to the command’s help', async () => {
    const run = await runCli(['echo', '--lod'], {}, registry);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'kpi echo: Unknown option --lod. Did you mean --loud?\nRun "kpi echo --help" for usage.\n',
    );
  });

  it('reports a bug as one short internal-error line, exit 70, without the stack', async () => {
    const run = await runCli(['crash'], {}, registry);
    expect(run.code).toBe(70);
    expect(run.stderr).toBe(
      "kpi: internal error: Cannot read properties of undefined (reading 'kpis')\n" +
        'This is a bug in Nyckeltal. Run with NYCKELTAL_DEBUG=1 for the stack.\n',
    );
  });

  it('prints the stack of a bug when NYCKELTAL_DEBUG=1', async () => {
    const run = await runCli(['crash'], { env: { NYCKELTAL_DEBUG: '1' } }, registry);
    expect(run.code).toBe(70);
    expect(run.stderr).toContain('TypeError: Cannot read properties');
    expect(run.stderr).toContain('at ');
  });

  it('colours output on a terminal, and not with NO_COLOR, --no-color or a pipe', async () => {
    const green = '\x1b[32mhej\x1b[39m\n';
    expect((await runCli(['echo', 'hej'], { stdoutIsTTY: true }, registry)).stdout).toBe(green);
    expect(
      (await runCli(['echo', 'hej'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } }, registry)).stdout,
    ).toBe('hej\n');
    expect((await runCli(['echo', 'hej', '--no-color'], { stdoutIsTTY: true }, registry)).stdout).toBe(
      'hej\n',
    );
    expect((await runCli(['echo', 'hej'], {}, registry)).stdout).toBe('hej\n');
    expect((await runCli(['echo', 'hej'], { env: { FORCE_COLOR: '1' } }, registry)).stdout).toBe(green);
  });

  it('speaks Swedish with --lang sv or a Swedish LANG', async () => {
    const viaFlag = await runCli(['--help', '--lang', 'sv'], {}, registry);
    expect(viaFlag.stdout).toContain('Användning: kpi <kommando> [flaggor]');
    expect(viaFlag.stdout).toContain('Skriv tillbaka orden');
    const viaEnv = await runCli(['echo', '--help'], { env: { LANG: 'sv_SE.UTF-8' } }, registry);
    expect(viaEnv.stdout).toContain('kpi echo — Skriv tillbaka orden');
    expect(viaEnv.stdout).toContain('Allmänna flaggor:');
  });
});
