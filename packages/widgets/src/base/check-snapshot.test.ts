import { describe, expect, test } from 'vitest';
import { serviceDeskSnapshot } from '../../test/render-helpers.js';
import { checkSnapshot } from './check-snapshot.js';

describe('checkSnapshot', () => {
  test('accepts the service-desk fixture', () => {
    expect(checkSnapshot(serviceDeskSnapshot()).ok).toBe(true);
  });

  test('rejects an unknown schema version with kind schema', () => {
    const result = checkSnapshot({ ...serviceDeskSnapshot(), schema: 'nyckeltal.snapshot/v9' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'schema', detail: 'nyckeltal.snapshot/v9' } });
  });

  test('rejects a KPI with an unknown status and names the KPI', () => {
    const s = serviceDeskSnapshot();
    const kpis = s.kpis.map((k, i) => (i === 2 ? { ...k, status: 'purple' } : k));
    const result = checkSnapshot({ ...s, kpis });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid', detail: 'KPI itsm.mttr: status is not a known status' },
    });
  });

  test('rejects JSON that is not an object, or has no KPI list', () => {
    expect(checkSnapshot([1, 2])).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    const { kpis: _, ...noKpis } = serviceDeskSnapshot();
    expect(checkSnapshot(noKpis)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', detail: 'kpis is not a list' },
    });
  });
});
