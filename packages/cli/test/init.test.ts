import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineSession } from '@nyckeltal/engine';
import type { Snapshot } from '@nyckeltal/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kpi-init-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** October 2026 in Stockholm, computed straight from the CSV with plain SQL. */
async function octoberByHand(csv: string) {
  const session = await EngineSession.open();
  try {
    // Wall-clock text in Europe/Stockholm → instants, so the 25 October clock change counts right.
    const [row] = await session.query({
      sql: `with t as (
              select timezone('Europe/Stockholm', opened_at::timestamp) as opened,
                     timezone('Europe/Stockholm', resolved_at::timestamp) as resolved,
                     resolved_at::timestamp as resolved_local, reopen_count, satisfaction
              from read_csv($1, all_varchar = true, nullstr = ''))
            select avg(epoch(resolved) - epoch(opened)) / 3600 as mttr,
                   count(*) filter (where reopen_count::int > 0) as reopened,
                   count(*) as resolved_count,
                   count(*) filter (where satisfaction::int >= 4) as top_box,
                   count(satisfaction) as answers
            from t where resolved_local >= '2026-10-01' and resolved_local < '2026-11-01'`,
      parameters: [csv],
    });
    return row as {
      mttr: number;
      reopened: number;
      resolved_count: number;
      top_box: number;
      answers: number;
    };
  } finally {
    session.close();
  }
}

describe('kpi init', () => {
  it('creates a project that passes strict validation', async () => {
    const dir = join(tmp, 'desk');
    const created = await runCli(['init', dir]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('+ kpis/mttr.yaml');
    const validated = await runCli(['validate', '--project', dir, '--strict']);
    expect(validated.stdout).toContain('No issues');
    expect(validated.code).toBe(0);
  });

  it('gives the numbers a plain SQL query over its sample CSV gives', async () => {
    const dir = join(tmp, 'desk');
    await runCli(['init', dir]);
    const run = await runCli(['run', '--project', dir, '--scorecard', 'service-desk', '--format', 'json']);
    expect(run.code).toBe(0);
    const snapshot = JSON.parse(run.stdout) as Snapshot;
    expect(snapshot.period.key).toBe('2026-10');
    const kpi = (id: string) => snapshot.kpis.find((k) => k.id === id)!;
    const hand = await octoberByHand(join(dir, 'data', 'tickets.csv'));
    expect(kpi('desk.mttr').value).toBeCloseTo(hand.mttr, 9);
    expect(kpi('desk.mttr').sample).toBe(hand.resolved_count);
    expect(kpi('desk.reopen-rate').numerator).toBe(hand.reopened);
    expect(kpi('desk.reopen-rate').denominator).toBe(hand.resolved_count);
    expect(kpi('desk.reopen-rate').value).toBeCloseTo((100 * hand.reopened) / hand.resolved_count, 9);
    expect(kpi('desk.csat').value).toBeCloseTo((100 * hand.top_box) / hand.answers, 9);
  });

  it('refuses a folder that already holds a project and leaves it untouched', async () => {
    writeFileSync(join(tmp, 'nyckeltal.yaml'), 'kind: project\nname: mine\n');
    const again = await runCli(['init', tmp]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; nothing was written');
    expect(readdirSync(tmp)).toEqual(['nyckeltal.yaml']);
  });
});
