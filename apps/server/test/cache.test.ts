import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '@nyckeltal/spec';
import { afterEach, describe, expect, it } from 'vitest';
import { addSlowKpi, type ServedFixture, serveFixture } from './helpers/serve-fixture.js';

let served: ServedFixture | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

const mttrOf = async (res: Response) =>
  ((await res.json()) as Snapshot).kpis.find((k) => k.id === 'desk.mttr')?.value;

describe('the snapshot cache', () => {
  it('shares one computation among 20 concurrent requests for the same uncomputed snapshot', async () => {
    served = await serveFixture();
    expect(served.server.stats().computations).toBe(0);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => served!.get('/api/scorecards/desk')),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(responses.map((r) => r.headers.get('etag'))).size).toBe(1);
    expect(served.server.stats().computations).toBe(1);
    await served.get('/api/scorecards/desk');
    expect(served.server.stats().computations).toBe(1);
  });

  it('computes each period and grain once, apart', async () => {
    served = await serveFixture();
    await Promise.all([
      served.get('/api/scorecards/desk?period=2026-09'),
      served.get('/api/scorecards/desk?period=2026-09'),
      served.get('/api/scorecards/desk?period=2026-10'),
      served.get('/api/scorecards/desk?grain=quarter'),
    ]);
    expect(served.server.stats().computations).toBe(3);
  });

  it('recomputes when a data file changes, and the ETag changes with the numbers', async () => {
    served = await serveFixture({ fingerprintTtlMs: 0 });
    const first = await served.get('/api/scorecards/desk?period=2026-10');
    const etag = first.headers.get('etag')!;
    expect(await mttrOf(first)).toBeCloseTo(31 / 3, 6);
    // One more October incident of 5 hours: (6 + 1 + 24 + 5) / 4 = 36 / 4 = 9.
    await appendFile(
      join(served.dir, 'data', 'desk.csv'),
      'T7,incident,phone,2026-10-23 08:00,2026-10-23 13:00,true\n',
    );
    const second = await served.get('/api/scorecards/desk?period=2026-10', {
      headers: { 'If-None-Match': etag },
    });
    expect(second.status).toBe(200);
    expect(second.headers.get('etag')).not.toBe(etag);
    expect(await mttrOf(second)).toBe(9);
    expect(served.server.stats().computations).toBe(2);
  });

  it('recomputes after the definitions change and are reloaded', async () => {
    served = await serveFixture();
    const before = await served.get('/api/scorecards/desk?period=2026-10');
    expect(await mttrOf(before)).toBeCloseTo(31 / 3, 6);
    // Only phone incidents now: October has T3 alone, 6 hours.
    const file = join(served.dir, 'kpis', 'mttr.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace("where: type = 'incident'", "where: channel = 'phone' and type = 'incident'"),
    );
    await served.server.reload();
    const after = await served.get('/api/scorecards/desk?period=2026-10');
    expect(await mttrOf(after)).toBe(6);
  });
});

describe('the time limit', () => {
  it('interrupts the DuckDB query of a computation past the limit and answers 503 timeout', async () => {
    // Two billion hashes: uninterrupted, half a minute of CPU.
    served = await serveFixture({ queryTimeoutMs: 300, maxConcurrentComputations: 1 }, (dir) =>
      addSlowKpi(dir, 'slow', 2_000_000_000),
    );
    const started = performance.now();
    const slow = await served.get('/api/kpis/desk.slow');
    const slowMs = performance.now() - started;
    expect(slow.status).toBe(503);
    expect(((await slow.json()) as { error: { code: string } }).error.code).toBe('timeout');
    // Uninterrupted the query runs for half a minute; an answer after the 300 ms limit and well
    // within the 2 s grace for an interrupted query to return means DuckDB really stopped.
    expect(slowMs).toBeGreaterThanOrEqual(300);
    expect(slowMs).toBeLessThan(1800);
    // The only computation slot is free again: a quick snapshot is served at once.
    const quick = await served.get('/api/scorecards/desk');
    expect(quick.status).toBe(200);
  });
});
