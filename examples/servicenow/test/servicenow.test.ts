import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readProject } from '@nyckeltal/cli';
import { buildSnapshots, EngineSession, runScorecard } from '@nyckeltal/engine';
import { type ProjectModel, type Snapshot, type SnapshotKpi, validateProject } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Expected, type IndependentResult, independentKpis } from './independent-kpis.js';

// Real data: Amaral, Fantinato, Peres (2018), "Incident management process enriched
// event log", UCI Machine Learning Repository, dataset 498, doi:10.24432/C57S4H.
const root = resolve(import.meta.dirname, '..');
const dataPath = resolve(root, '../../../shared/data/servicenow/incident_event_log.csv.gz');
const haveData = existsSync(dataPath);
const skipReason = `SKIPPED: the ServiceNow log is not at ${dataPath} (shared/ must sit beside the repository clone)`;
if (!haveData) console.warn(skipReason);

const CARD = 'incident-management';
const TOLERANCE = 1e-9;
/**
 * Snapshots carry 12 significant digits (the engine's roundSignificant), so a value of
 * 4136.714583333 hours is exact to 1e-8 only. Every monthly value here is below 1000, so
 * the series are held to 1e-9 exactly; a few breakdown groups above 1000 hours get the
 * snapshot's own precision: half a unit in the 12th significant digit.
 */
const tolerance = (expected: number) =>
  Math.max(TOLERANCE, 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(expected))) - 11));

/**
 * The project as `kpi` loads it. `rewrite` edits a definition's text first (path → text
 * → new text), for trying the same project against another data file.
 */
async function loadModel(rewrite?: (path: string, text: string) => string): Promise<ProjectModel> {
  const read = await readProject(root);
  const files = read.files.map((f) =>
    rewrite
      ? { path: f.path, text: new TextEncoder().encode(rewrite(f.path, new TextDecoder().decode(f.text))) }
      : f,
  );
  const { model, issues } = validateProject({ root, files }, { strict: true });
  if (!model) throw new Error(`examples/servicenow does not validate: ${JSON.stringify(issues)}`);
  return model;
}

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
  it('validate with --strict: no errors and no SMART warnings', async () => {
    const read = await readProject(root);
    const { model, issues } = validateProject({ root, files: read.files }, { strict: true });
    expect(issues).toEqual([]);
    expect([...(model?.kpis.keys() ?? [])]).toHaveLength(8);
  });
});

describe('a missing data file', () => {
  let elsewhere: string;
  beforeAll(async () => {
    elsewhere = await mkdtemp(join(tmpdir(), 'servicenow-no-data-'));
  });
  afterAll(async () => {
    await rm(elsewhere, { recursive: true, force: true });
  });

  it('is an error issue naming the file, every KPI has no value, and build writes nothing', async () => {
    // The same definitions reading a file name that exists nowhere. (Moving the project root
    // would not do: DuckDB tries a relative path against the current folder before the
    // project folder, so the real file could still be found from some working directories.)
    const missing = 'incident_event_log-not-exported.csv.gz';
    const model = await loadModel((path, text) =>
      path === 'sources/incidents.yaml' ? text.replace('incident_event_log.csv.gz', missing) : text,
    );
    const session = await EngineSession.open();
    try {
      const snapshot = await runScorecard(session, model, CARD);
      const [issue] = snapshot.issues;
      expect(snapshot.issues).toHaveLength(1);
      expect(issue).toMatchObject({ code: 'KPI0505', severity: 'error', source: 'incidents' });
      expect(issue?.message).toContain(
        `No files found that match the pattern "../../../shared/data/servicenow/${missing}"`,
      );
      expect(snapshot.kpis.map((k) => k.value)).toEqual(Array(8).fill(null));
    } finally {
      session.close();
    }
    const out = join(elsewhere, 'snapshots');
    const built = await buildSnapshots(model, { outDir: out });
    expect(built.ok).toBe(false);
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
    const session = await EngineSession.open();
    try {
      snapshot = await runScorecard(session, await loadModel(), CARD, {
        now: () => new Date('2016-06-01T00:00:00Z'),
      });
    } finally {
      session.close();
    }
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
