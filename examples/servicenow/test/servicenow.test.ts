import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type CliIo, main } from '@nyckeltal/cli';
import type { Snapshot, SnapshotKpi } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Expected, type IndependentResult, independentKpis } from './independent-kpis.js';

// Real data: Amaral, Fantinato, Peres (2018), "Incident management process enriched
// event log", UCI Machine Learning Repository, dataset 498, doi:10.24432/C57S4H.
const root = resolve(import.meta.dirname, '..');
const repo = resolve(root, '../..');
const dataPath = resolve(root, '../../../shared/data/servicenow/incident_event_log.csv.gz');
const haveData = existsSync(dataPath);
const skipReason = `SKIPPED: the ServiceNow log is not at ${dataPath} (shared/ must sit beside the repository clone)`;
if (!haveData) console.warn(skipReason);

/** Runs `kpi <argv>` in-process at the repository root, as `pnpm kpi` does, capturing its output. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { LANG: 'en_US.UTF-8' },
    cwd: repo,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const CARD = 'incident-management';
const MISSING = 'incident_event_log-not-exported.csv.gz';
const TOLERANCE = 1e-9;
/**
 * Snapshots carry 12 significant digits (the engine's roundSignificant), so a value of
 * 4136.714583333 hours is exact to 1e-8 only. Every monthly value here is below 1000, so
 * the series are held to 1e-9 exactly; a few breakdown groups above 1000 hours get the
 * snapshot's own precision: half a unit in the 12th significant digit.
 */
const tolerance = (expected: number) =>
  Math.max(TOLERANCE, 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(expected))) - 11));

function expectClose(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    expected === 0 ? TOLERANCE : tolerance(expected),
  );
}

/** Value, sample and (for ratios) numerator and denominator of one engine row against the plain query. */
function expectSame(
  actual: { value: number | null; sample: number; numerator?: number | null; denominator?: number | null },
  expected: Expected,
  what: string,
): void {
  expectClose(actual.value, expected.value, `${what} value`);
  expect(actual.sample, `${what} sample`).toBe(expected.sample);
  if (expected.numerator !== undefined) {
    expectClose(actual.numerator, expected.numerator, `${what} numerator`);
    expectClose(actual.denominator, expected.denominator ?? null, `${what} denominator`);
  }
}

describe('the project definitions', () => {
  it('pass `kpi validate --strict` with no issues at all', async () => {
    const { code, stdout } = await cli('validate', '--project', root, '--strict', '--format', 'json');
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, issues: [] });
    expect(code).toBe(0);
  });
});

describe('a missing data file', () => {
  let copy: string;
  beforeAll(async () => {
    // The same definitions reading a file name that exists nowhere. (Moving the project
    // alone would not do: DuckDB tries a relative path against the process's current
    // folder before the project folder, so the real file could still be found.)
    copy = await mkdtemp(join(tmpdir(), 'servicenow-no-data-'));
    for (const part of ['nyckeltal.yaml', 'sources', 'kpis', 'scorecards'])
      await cp(join(root, part), join(copy, part), { recursive: true });
    const source = join(copy, 'sources', 'incidents.yaml');
    const text = await readFile(source, 'utf8');
    await writeFile(source, text.replace('incident_event_log.csv.gz', MISSING));
  });
  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });

  it('makes `kpi run` report an error issue naming the file, with no value for any KPI', async () => {
    const { code, stdout } = await cli('run', '--project', copy, '--scorecard', CARD, '--format', 'json');
    const snapshot = JSON.parse(stdout) as Snapshot;
    const [issue] = snapshot.issues;
    expect(snapshot.issues).toHaveLength(1);
    expect(issue).toMatchObject({ code: 'KPI0505', severity: 'error', source: 'incidents' });
    expect(issue?.message).toContain(
      `No files found that match the pattern "../../../shared/data/servicenow/${MISSING}"`,
    );
    expect(snapshot.kpis.map((k) => k.value)).toEqual(Array(8).fill(null));
    expect(code).toBe(1);
  });

  it('makes `kpi build` fail with that issue and write nothing', async () => {
    const out = join(copy, 'snapshots');
    const { code, stderr } = await cli('build', '--project', copy, '--out', out);
    expect(stderr).toContain('KPI0505');
    expect(stderr).toContain(MISSING);
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe.skipIf(!haveData)(`the real ServiceNow log (${haveData ? dataPath : skipReason})`, () => {
  let snapshot: Snapshot;
  let expected: IndependentResult;
  const kpi = (id: string): SnapshotKpi => {
    const found = snapshot.kpis.find((k) => k.id === id);
    if (!found) throw new Error(`no ${id} in the snapshot`);
    return found;
  };

  beforeAll(async () => {
    const run = await cli('run', '--project', root, '--scorecard', CARD, '--format', 'json');
    expect(run.code, run.stderr).toBe(0);
    snapshot = JSON.parse(run.stdout) as Snapshot;
    expected = await independentKpis(dataPath, snapshot.period.key);
  }, 180_000);

  it('covers the months February to May 2016, the current one being May, read without a time shift', () => {
    expect([...(expected.byMonth.get('sn.incidents')?.keys() ?? [])].sort()).toEqual([
      '2016-02',
      '2016-03',
      '2016-04',
      '2016-05',
    ]);
    expect(snapshot.period.key).toBe('2016-05');
    // The latest opened_at as written in the export, in UTC = as written: no shift happened.
    expect(snapshot.data_through).toBe(`${expected.latestOpened}:00+00:00`);
  });

  it('gives every KPI the same value, sample, numerator and denominator as plain SQL in every month', () => {
    for (const [id, byMonth] of expected.byMonth) {
      const series = kpi(id).series;
      const withData = series.filter((p) => p.sample > 0).map((p) => p.period);
      expect(withData.sort(), `${id} months`).toEqual([...byMonth.keys()].sort());
      for (const [month, numbers] of byMonth) {
        const point = series.find((p) => p.period === month);
        expect(point, `${id} ${month}`).toBeDefined();
        if (point) expectSame(point, numbers, `${id} ${month}`);
      }
    }
  });

  it('reports the current month (May 2016) at the top of each KPI', () => {
    for (const [id, byMonth] of expected.byMonth) {
      const current = byMonth.get('2016-05');
      if (!current) throw new Error(`no May value for ${id}`);
      expectSame(kpi(id), current, `${id} current`);
    }
  });

  it('breaks May down by priority, contact type and assignment group as plain SQL does', () => {
    for (const [field, byKpi] of expected.breakdowns) {
      for (const [id, byKey] of byKpi) {
        const rows = kpi(id).breakdowns[field] ?? [];
        // Groups whose incidents all fall outside the KPI's `where` have nothing to show.
        const shown = [...byKey].filter(([, numbers]) => numbers.sample > 0);
        expect(rows.map((r) => r.key).sort(), `${id} by ${field}: keys`).toEqual(
          shown.map(([key]) => key).sort(),
        );
        for (const [key, numbers] of shown) {
          const row = rows.find((r) => r.key === key);
          if (row) expectSame(row, numbers, `${id} by ${field} = ${key}`);
        }
      }
    }
  });

  it('matches the committed snapshot that index.html shows (rebuild it with `kpi build` when not)', async () => {
    const committed = JSON.parse(await readFile(join(root, 'snapshots', `${CARD}.json`), 'utf8')) as Snapshot;
    expect({ ...committed, built_at: '' }).toEqual({ ...snapshot, built_at: '' });
  });

  it('leaves out and reports the first responses stamped before the incident was opened', () => {
    expect(expected.negativeFirstResponse).toBeGreaterThan(0);
    const negative = snapshot.issues.filter((i) => i.code === 'KPI0502');
    expect(negative.map((i) => [i.kpi, i.count])).toEqual([
      ['sn.first-response-median', expected.negativeFirstResponse],
    ]);
    expect(expected.negativeResolution).toBe(0);
    expect(snapshot.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
