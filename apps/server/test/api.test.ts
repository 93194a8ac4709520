import type { Snapshot } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedFixture, serveFixture } from './helpers/serve-fixture.js';

/*
 * fixtures/desk/data/desk.csv (UTC), incidents only count for both KPIs:
 *
 *  id  type      channel opened            resolved           hours  first contact  month
 *  T1  incident  phone   09-03 08:00       09-03 12:00            4  yes            2026-09
 *  T2  incident  email   09-10 09:00       09-10 11:00            2  no             2026-09
 *  T3  incident  phone   10-01 08:00       10-01 14:00            6  yes            2026-10
 *  T4  incident  email   10-05 10:00       10-05 11:00            1  yes            2026-10
 *  T5  incident  email   10-20 09:00       10-21 09:00           24  no             2026-10
 *  T6  request   phone   10-22 08:00       10-22 09:00            1  yes            (not an incident)
 *
 * desk.mttr October = (6 + 1 + 24) / 3 = 31/3 ≈ 10.333 → amber (green ≤ 8, amber ≤ 12); September (4 + 2) / 2 = 3.
 *   by channel in October: phone 6 / 1 = 6; email (1 + 24) / 2 = 12.5.
 * desk.fcr October = 2 of 3 = 66.67 % → amber (higher: green ≥ 70, amber ≥ 50); September 1 of 2 = 50 %.
 * The data ends at T6's resolved_at, 2026-10-22 09:00 UTC.
 */

let served: ServedFixture;
beforeAll(async () => {
  served = await serveFixture({ now: () => new Date('2026-11-27T08:00:00Z') });
});
afterAll(() => served.close());

const kpi = (snapshot: Snapshot, id: string) => snapshot.kpis.find((k) => k.id === id)!;

describe('GET /api/scorecards', () => {
  it('lists the public scorecards with id, title and audience, and leaves the private one out', async () => {
    const res = await served.get('/api/scorecards');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { scorecards: { id: string; title: unknown; audience: string }[] };
    expect(body.scorecards.map((s) => [s.id, s.audience])).toEqual([['desk', 'Desk team']]);
    expect(body.scorecards[0]?.title).toEqual({ en: 'Desk <b>&</b> "team"' });
  });
});

describe('GET /api/scorecards/:id', () => {
  it('answers the snapshot of the latest month with data, values worked out by hand', async () => {
    const res = await served.get('/api/scorecards/desk');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const snapshot = (await res.json()) as Snapshot;
    expect(snapshot.schema).toBe('nyckeltal.snapshot/v1');
    expect(snapshot.period.key).toBe('2026-10');
    expect(snapshot.data_through).toBe('2026-10-22T09:00:00+00:00');
    expect(snapshot.built_at).toBe('2026-11-27T08:00:00.000Z');
    const mttr = kpi(snapshot, 'desk.mttr');
    expect(mttr.value).toBeCloseTo(31 / 3, 6);
    expect(mttr.status).toBe('amber');
    expect(mttr.previous).toEqual({ period: '2026-09', value: 3 });
    expect(mttr.series.map((p) => [p.period, p.value])).toEqual([
      ['2026-08', null],
      ['2026-09', 3],
      ['2026-10', mttr.value],
    ]);
    expect(mttr.breakdowns.channel).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'phone', value: 6, sample: 1 }),
        expect.objectContaining({ key: 'email', value: 12.5, sample: 2 }),
      ]),
    );
    const fcr = kpi(snapshot, 'desk.fcr');
    expect([fcr.numerator, fcr.denominator, fcr.status]).toEqual([2, 3, 'amber']);
  });

  it('computes another period when ?period= names one', async () => {
    const snapshot = (await (await served.get('/api/scorecards/desk?period=2026-09')).json()) as Snapshot;
    expect(snapshot.period.key).toBe('2026-09');
    expect(kpi(snapshot, 'desk.mttr').value).toBe(3);
    expect(kpi(snapshot, 'desk.fcr').value).toBe(50);
  });

  it('computes another grain when ?grain= names one: Q3 holds September only', async () => {
    const snapshot = (await (
      await served.get('/api/scorecards/desk?grain=quarter&period=2026-Q3')
    ).json()) as Snapshot;
    expect([snapshot.grain, snapshot.period.key]).toEqual(['quarter', '2026-Q3']);
    expect(kpi(snapshot, 'desk.mttr').value).toBe(3); // (4 + 2) / 2
  });

  it('answers 400 with KPI0507 for a malformed period, and says how to write one', async () => {
    for (const period of ['2026-13', '2026-10-01', 'october', '2026-W10', '']) {
      const res = await served.get(`/api/scorecards/desk?period=${encodeURIComponent(period)}`);
      expect(res.status, period).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string; hint: string } };
      expect(body.error.code).toBe('KPI0507');
      expect(body.error.message).toBe(`"${period}" is not a month period.`);
      expect(body.error.hint).toBe('Write the period as 2026-10.');
    }
  });

  it('answers 400 grain_invalid for an unknown grain', async () => {
    const res = await served.get('/api/scorecards/desk?grain=fortnight');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('grain_invalid');
  });

  it('sends an ETag and Cache-Control, and 304 with no body when the client already has it', async () => {
    const first = await served.get('/api/scorecards/desk');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await served.get('/api/scorecards/desk', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await served.get('/api/scorecards/desk', {
      headers: { 'If-None-Match': '"something-else"' },
    });
    expect(other.status).toBe(200);
  });
});

describe('GET /api/kpis/:id', () => {
  it('answers a snapshot holding just that KPI, with its series and breakdowns', async () => {
    const snapshot = (await (await served.get('/api/kpis/desk.mttr?period=2026-10')).json()) as Snapshot;
    expect(snapshot.kpis.map((k) => k.id)).toEqual(['desk.mttr']);
    expect(snapshot.scorecard.title).toEqual({ en: 'Mean time to resolve', sv: 'Genomsnittlig lösningstid' });
    const mttr = kpi(snapshot, 'desk.mttr');
    expect(mttr.value).toBeCloseTo(31 / 3, 6);
    expect(mttr.series.at(-2)).toMatchObject({ period: '2026-09', value: 3, sample: 2 });
    expect(Object.keys(mttr.breakdowns)).toEqual(['channel']);
  });
});

describe('CORS', () => {
  it('allows the origins nyckeltal.yaml lists, and no other', async () => {
    const allowed = await served.get('/api/scorecards', {
      headers: { Origin: 'https://intranet.example.org' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://intranet.example.org');
    const other = await served.get('/api/scorecards', { headers: { Origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight from another origin without allowing anything', async () => {
    const res = await served.get('/api/scorecards/desk', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example.com', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('answers a preflight that asks to send a bearer token', async () => {
    const res = await served.get('/api/scorecards/desk', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://intranet.example.org',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });
});

describe('HEAD', () => {
  it('answers like GET without a body', async () => {
    const res = await served.get('/api/scorecards/desk', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{22}"$/);
    expect(await res.text()).toBe('');
  });
});

describe('the rest', () => {
  it('reports health: ok, the version, and the data freshness of the latest snapshot', async () => {
    await served.get('/api/scorecards/desk');
    const res = await served.get('/health');
    const body = (await res.json()) as { ok: boolean; version: string; data: Record<string, unknown> };
    expect(res.status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.version).toBe('0.1.0');
    expect(body.data.data_through).toBe('2026-10-22T09:00:00+00:00');
    expect(body.data.built_at).toBe('2026-11-27T08:00:00.000Z');
  });

  it('refuses writes with 405: the server only reads', async () => {
    const res = await served.get('/api/scorecards/desk', { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('writes one access-log line per request: method, path, status and milliseconds', async () => {
    const before = served.log.length;
    await served.get('/api/scorecards?x=secret');
    await served.get('/nothing-here');
    expect(served.log.slice(before)).toEqual([
      expect.stringMatching(/^GET \/api\/scorecards 200 \d+\.\dms$/),
      expect.stringMatching(/^GET \/nothing-here 404 \d+\.\dms$/),
    ]);
  });
});
