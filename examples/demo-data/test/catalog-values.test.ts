import { runKpis } from '@nyckeltal/engine';
import type { Snapshot, SnapshotKpi } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessMicros } from './catalog-sql/business-clock.js';
import {
  addParts,
  type Expected,
  expectedFor,
  type KpiCheck,
  type RatioCheck,
} from './catalog-sql/catalog-check.js';
import { type CatalogRun, runCatalog } from './catalog-sql/catalog-run.js';
import { cxChecks } from './catalog-sql/cx.js';
import { exChecks } from './catalog-sql/ex.js';
import { itsmChecks } from './catalog-sql/itsm.js';
import { dayIn, OCTOBER_2026, Q3_2026, Q3_MONTHS } from './catalog-sql/periods.js';

// Every KPI of the catalog (kpis/), run by the engine on a small generated demo database,
// against numbers worked out independently: plain SQL over the raw tables written from
// each KPI's description, and business time row by row with spec's slow TypeScript
// reference (catalog-sql/). Nothing here reads the compiler's SQL.

const checks: readonly KpiCheck[] = [...itsmChecks, ...exChecks, ...cxChecks];
const ratioChecks = checks.filter((c): c is RatioCheck => c.kind === 'ratio');
const rowChecks = checks.filter((c) => c.kind === 'rows');

let run: CatalogRun;
beforeAll(async () => {
  run = await runCatalog(checks.map((c) => c.id));
}, 60_000);
afterAll(async () => run?.close());

/**
 * Equal to 9 decimal places. Snapshots carry 12 significant digits, so a value in the
 * hundreds of thousands (CLV in SEK) is compared relative to its size instead.
 */
function expectSame(
  actual: number | null | undefined,
  expected: number | null | undefined,
  what: string,
): void {
  if (expected === null || expected === undefined) {
    expect(actual ?? null, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  const scale = Math.max(1, Math.abs(expected));
  expect((actual as number) / scale, `${what}: ${actual} vs ${expected}`).toBeCloseTo(expected / scale, 9);
}

function expectMatches(
  actual: Pick<SnapshotKpi, 'value' | 'sample'> & Partial<SnapshotKpi>,
  expected: Expected,
  what: string,
) {
  expectSame(actual.value, expected.value, `${what} value`);
  expect(actual.sample, `${what} sample`).toBe(expected.sample);
  if (expected.numerator !== undefined) expectSame(actual.numerator, expected.numerator, `${what} numerator`);
  if (expected.denominator !== undefined)
    expectSame(actual.denominator, expected.denominator, `${what} denominator`);
}

/** The KPI in a snapshot (it must be there). */
function kpiIn(snapshot: Snapshot, id: string): SnapshotKpi {
  const kpi = snapshot.kpis.find((k) => k.id === id);
  if (!kpi) throw new Error(`${id} is not in ${snapshot.scorecard.id}`);
  return kpi;
}

function checkOf(id: string): KpiCheck {
  const check = checks.find((c) => c.id === id);
  if (!check) throw new Error(`no check for ${id}`);
  return check;
}

describe('the catalog checks', () => {
  it('cover every KPI in the catalog, and every KPI of every scorecard', () => {
    expect(checks.map((c) => c.id).sort()).toEqual([...run.model.kpis.keys()].sort());
    expect(run.model.kpis.size).toBe(27);
    for (const card of run.model.scorecards.values())
      for (const id of card.kpis)
        expect(
          checks.some((c) => c.id === id),
          id,
        ).toBe(true);
  });

  it('ran every scorecard for October 2026 without issues', () => {
    expect([...run.october.keys()].sort()).toEqual([...run.model.scorecards.keys()].sort());
    for (const snapshot of run.october.values()) {
      expect(snapshot.period.key).toBe(OCTOBER_2026.key);
      expect(snapshot.issues, snapshot.scorecard.id).toEqual([]);
    }
  });
});

describe('the se-office calendar, as the business-time checks read it', () => {
  // The checks take the calendar from the loaded catalog; these weeks, worked out by hand
  // from kpis/calendars/se-office.yaml, show it is the calendar the file describes.
  const hours = (from: string, until: string) =>
    businessMicros(run.ctx.officeCalendar, Date.parse(from) * 1000, Date.parse(until) * 1000) / 3.6e9;

  it('has 39 hours in an ordinary week: 4 × 8 h Monday to Thursday (lunch 12–13) + 7 h on Friday', () => {
    expect(hours('2026-10-05T00:00:00+02:00', '2026-10-12T00:00:00+02:00')).toBe(39);
    // the week after the clocks go back (25 October) too: 4 × 8 + 7
    expect(hours('2026-10-26T00:00:00+01:00', '2026-11-02T00:00:00+01:00')).toBe(39);
  });

  it('has 30 hours in a summer week (9–15, Monday to Friday: 5 × 6 h)', () => {
    expect(hours('2026-07-06T00:00:00+02:00', '2026-07-13T00:00:00+02:00')).toBe(30);
  });

  it('has 31 hours in the week of Easter Monday (6 April 2026 off: 3 × 8 + 7)', () => {
    expect(hours('2026-04-06T00:00:00+02:00', '2026-04-13T00:00:00+02:00')).toBe(31);
  });
});

describe('each KPI in October 2026 equals its plain-SQL value in every scorecard that shows it', () => {
  for (const check of checks) {
    it(`${check.id}`, async () => {
      const expected = (await expectedFor(run.ctx, check, OCTOBER_2026)).get('');
      if (!expected) throw new Error(`no rows for ${check.id} in October`);
      // A check that always expected nothing would prove nothing.
      expect(expected.sample).toBeGreaterThan(0);
      const shown = [...run.october.values()].filter((s) => s.kpis.some((k) => k.id === check.id));
      expect(shown.length, `${check.id} is on no scorecard`).toBeGreaterThan(0);
      for (const snapshot of shown)
        expectMatches(kpiIn(snapshot, check.id), expected, `${snapshot.scorecard.id} ${check.id}`);
    });
  }
});

describe('each ratio KPI over 2026-Q3 is the ratio of the quarter’s summed parts, not a mean of months', () => {
  for (const check of ratioChecks) {
    it(`${check.id}`, async () => {
      const months = [];
      for (const m of Q3_MONTHS) months.push((await check.parts(run.ctx, m)).get('') ?? {});
      const expected = check.combine(addParts(months));
      expectMatches(kpiIn(run.q3, check.id), expected, `${check.id} 2026-Q3`);
      // The same from a query over the whole quarter: the parts really are additive.
      expectMatches(
        kpiIn(run.q3, check.id),
        check.combine((await check.parts(run.ctx, Q3_2026)).get('') ?? {}),
        `${check.id} Q3 query`,
      );
      // The mean of the monthly ratios is a different number, so the check above can tell them apart.
      const monthly = months.map((p) => check.combine(p).value as number);
      const meanOfMonths = monthly.reduce((a, b) => a + b, 0) / monthly.length;
      expect(
        Math.abs(meanOfMonths - (expected.value as number)),
        `${check.id}: months ${monthly.join(', ')}`,
      ).toBeGreaterThan(1e-6);
    });
  }
});

describe('each mean and median KPI over 2026-Q3 is taken over the quarter’s rows', () => {
  for (const check of rowChecks) {
    it(`${check.id}`, async () => {
      const expected = (await expectedFor(run.ctx, check, Q3_2026)).get('');
      if (!expected) throw new Error(`no rows for ${check.id} in 2026-Q3`);
      expectMatches(kpiIn(run.q3, check.id), expected, `${check.id} 2026-Q3`);
    });
  }
});

/** One breakdown per scorecard (two where one is a business-time KPI), checked group by group. */
const BREAKDOWNS: readonly { scorecard: string; kpi: string; by: string }[] = [
  { scorecard: 'service-desk', kpi: 'itsm.fcr', by: 'channel' },
  { scorecard: 'service-desk', kpi: 'itsm.mttr', by: 'priority' },
  { scorecard: 'it-management', kpi: 'itsm.cost-per-ticket', by: 'type' },
  { scorecard: 'it-management', kpi: 'ex.system-adoption', by: 'system' },
  { scorecard: 'employee-experience', kpi: 'ex.turnover', by: 'department' },
  { scorecard: 'employee-experience', kpi: 'ex.frt', by: 'channel' },
  { scorecard: 'customer-service', kpi: 'cx.churn', by: 'segment' },
  { scorecard: 'customer-service', kpi: 'cx.art', by: 'type' },
  { scorecard: 'executive', kpi: 'itsm.sla-compliance', by: 'priority' },
];

describe('breakdowns for October 2026 equal their plain-SQL values group by group', () => {
  for (const { scorecard, kpi, by } of BREAKDOWNS) {
    it(`${scorecard}: ${kpi} by ${by}`, async () => {
      const snapshot = run.october.get(scorecard);
      if (!snapshot) throw new Error(`no snapshot for ${scorecard}`);
      const rows = kpiIn(snapshot, kpi).breakdowns[by] ?? [];
      const expected = await expectedFor(run.ctx, checkOf(kpi), OCTOBER_2026, by);
      expect(expected.size, 'a breakdown of one group would check little').toBeGreaterThan(1);
      expect(rows.map((r) => r.key).sort()).toEqual([...expected.keys()].sort());
      for (const row of rows) {
        const want = expected.get(row.key ?? '');
        if (!want) throw new Error(`unexpected group ${row.key}`);
        expectMatches(row, want, `${kpi} ${by}=${row.key}`);
      }
    });
  }
});

describe('periods are cut in Stockholm time', () => {
  it('counts a ticket resolved just after Stockholm midnight in that day, not the UTC day before', async () => {
    // The latest day with a resolution between 00:00 and 02:00 Stockholm time, when it is
    // still the day before in UTC: where the two ways of cutting days disagree.
    const [found] = await run.ctx.db.query(`
      select strftime(resolved_at at time zone 'Europe/Stockholm', '%Y-%m-%d') as day from tickets
      where hour(resolved_at at time zone 'Europe/Stockholm') < 2 order by resolved_at desc limit 1`);
    if (!found) throw new Error('no ticket resolved between 00:00 and 02:00 Stockholm time');
    const day = String(found.day);
    const snapshot = await runKpis(run.session, run.model, ['itsm.fcr', 'itsm.cost-per-ticket'], {
      grain: 'day',
      period: day,
      history: 1,
    });
    for (const id of ['itsm.fcr', 'itsm.cost-per-ticket']) {
      const check = checkOf(id);
      const stockholm = (await expectedFor(run.ctx, check, dayIn(day, 'Europe/Stockholm'))).get('');
      const utc = (await expectedFor(run.ctx, check, dayIn(day, 'UTC'))).get('');
      if (!stockholm) throw new Error(`no ${id} rows on ${day}`);
      expectMatches(kpiIn(snapshot, id), stockholm, `${id} on ${day}`);
      expect(utc?.sample, `${id}: the UTC day must differ for this to check anything`).not.toBe(
        stockholm.sample,
      );
    }
  });
});
