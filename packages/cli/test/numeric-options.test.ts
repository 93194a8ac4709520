import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from '../src/commands/parse-whole-number.js';
import { UsageError } from '../src/exit-codes.js';
import { runCli } from './run-cli.js';

const project = join(import.meta.dirname, 'fixtures', 'projects', 'engine-desk');
/** Intl's digit group separator in Swedish: a no-break space (10 000 000). */
const nbsp = '\u00a0';

describe('numeric options', () => {
  // Every whole-number option of every command, each with its range as help states it.
  const cases = [
    { argv: ['run', 'itsm.mttr', '--history'], flag: '--history', range: '1–1,000' },
    { argv: ['diff', '--periods'], flag: '--periods', range: '1–120' },
    { argv: ['sla', '--examples'], flag: '--examples', range: '0–100' },
    { argv: ['demo', '--tickets'], flag: '--tickets', range: '100–10,000,000' },
    { argv: ['demo', '--seed'], flag: '--seed', range: '0–2,147,483,647' },
  ];

  for (const { argv, flag, range } of cases) {
    it(`refuses a negative, a fraction and a word for ${argv[0]} ${flag} as a usage error naming the range`, async () => {
      for (const bad of ['-1', '2.5', 'ten']) {
        const { code, stdout, stderr } = await runCli([...argv, bad, '--project', project]);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toBe(
          `kpi ${argv[0]}: ${flag} takes a whole number ${range}, not "${bad}".\n` +
            `Run "kpi ${argv[0]} --help" for usage.\n`,
        );
      }
    });
  }

  it('refuses zero where at least one period is needed', async () => {
    const run = await runCli(['run', 'itsm.mttr', '--history', '0', '--project', project]);
    expect([run.code, run.stderr.split('\n')[0]]).toEqual([
      2,
      'kpi run: --history takes a whole number 1–1,000, not "0".',
    ]);
    const diff = await runCli(['diff', '--periods', '0', '--project', project]);
    expect([diff.code, diff.stderr.split('\n')[0]]).toEqual([
      2,
      'kpi diff: --periods takes a whole number 1–120, not "0".',
    ]);
  });

  it('reads "--history -1" as the value -1, not as a missing value', async () => {
    const { stderr } = await runCli(['run', 'itsm.mttr', '--history', '-1', '--project', project]);
    expect(stderr).not.toContain('needs a value');
    expect(stderr).toContain('--history takes a whole number');
  });

  it('still treats an option name after a string option as a missing value', async () => {
    const { code, stderr } = await runCli(['run', 'itsm.mttr', '--history', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('Option --history needs a value, as in --history <n>.');
  });

  it('refuses a port out of range for serve and demo alike, without digit groups', async () => {
    for (const command of ['serve', 'demo']) {
      const { code, stderr } = await runCli([command, '--port', '-1', '--project', project]);
      expect(code).toBe(2);
      expect(stderr.split('\n')[0]).toBe(`kpi ${command}: --port takes a port number 0–65535, not "-1".`);
    }
    const high = await runCli(['serve', '--port', '70000', '--project', project]);
    expect(high.stderr.split('\n')[0]).toBe('kpi serve: --port takes a port number 0–65535, not "70000".');
  });

  it('says it in Swedish, with Swedish digit groups', async () => {
    const tickets = await runCli(['demo', '--tickets', '-5', '--lang', 'sv', '--project', project]);
    expect(tickets.code).toBe(2);
    expect(tickets.stderr).toBe(
      `kpi demo: --tickets tar ett heltal 100–10${nbsp}000${nbsp}000, inte "-5".\n` +
        'Kör "kpi demo --help" för hjälp.\n',
    );
    const history = await runCli([
      'run',
      'itsm.mttr',
      '--history',
      '1.5',
      '--lang',
      'sv',
      '--project',
      project,
    ]);
    expect(history.stderr.split('\n')[0]).toBe(
      `kpi run: --history tar ett heltal 1–1${nbsp}000, inte "1.5".`,
    );
    const port = await runCli(['serve', '--port', 'x', '--lang', 'sv', '--project', project]);
    expect(port.stderr.split('\n')[0]).toBe('kpi serve: --port tar ett portnummer 0–65535, inte "x".');
  });
});

describe('parseWholeNumber', () => {
  const history = { name: '--history', min: 1, max: 1000 };

  it('returns plain digits in range as the number', () => {
    expect(parseWholeNumber('1', history, 'en')).toBe(1);
    expect(parseWholeNumber('1000', history, 'en')).toBe(1000);
    expect(parseWholeNumber('013', history, 'en')).toBe(13);
  });

  it('throws a usage error for anything else, the ends of the range included as the limit', () => {
    for (const bad of ['0', '1001', '-3', '+3', '3.0', '1e2', ' 3', '', '0x10']) {
      expect(() => parseWholeNumber(bad, history, 'en')).toThrow(UsageError);
    }
  });
});
