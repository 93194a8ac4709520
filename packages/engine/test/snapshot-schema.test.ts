import type { Snapshot } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineSession } from '../src/engine-session.js';
import { runKpis, runScorecard } from '../src/run-kpis.js';
import { deskProject } from './helpers/desk-project.js';
import { kpiModel, projectModel } from './helpers/project-model.js';
import { snapshotValidator } from './helpers/snapshot-validator.js';
import { sourceModel } from './helpers/source-model.js';

const validate = snapshotValidator();
const now = () => new Date('2026-11-27T08:00:00Z');
let session: EngineSession;

beforeAll(async () => {
  session = await EngineSession.open();
});
afterAll(() => session.close());

function expectValid(snapshot: Snapshot): void {
  // Round-trip through JSON: what is checked is what gets written.
  const ok = validate(JSON.parse(JSON.stringify(snapshot)));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('snapshots the engine writes', () => {
  it('validate against the published schema at every grain', async () => {
    for (const grain of ['day', 'week', 'month', 'quarter', 'year'] as const) {
      expectValid(await runScorecard(session, deskProject(), 'desk', { now, grain, history: 4 }));
    }
  });

  it('validate with breakdowns of a chosen period and data issues', async () => {
    const snapshot = await runScorecard(session, deskProject(), 'desk', { now, period: '2026-10' });
    expect(snapshot.issues.length).toBeGreaterThan(0);
    expectValid(snapshot);
  });

  it('validate when a source is missing and nothing has data', async () => {
    const gone = sourceModel(
      'gone',
      { kind: 'file', path: 'missing.csv', format: 'csv' },
      { resolved_at: 'timestamp' },
    );
    const project = projectModel(
      deskProject().root,
      [gone],
      [kpiModel(gone, { id: 'k.lost', measure: 'count(*)' })],
    );
    const snapshot = await runKpis(session, project, ['k.lost'], { now, period: 'not-a-period' });
    expect(snapshot.data_through).toBeNull();
    expectValid(snapshot);
  });

  it('are rejected by the schema when a required field is missing (the check can fail)', async () => {
    const snapshot = await runScorecard(session, deskProject(), 'desk', { now, history: 2 });
    const { status: _dropped, ...broken } = snapshot.kpis[0]!;
    expect(validate(JSON.parse(JSON.stringify({ ...snapshot, kpis: [broken] })))).toBe(false);
  });
});
