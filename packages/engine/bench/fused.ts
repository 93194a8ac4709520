/**
 * Fused execution benchmark (issue 3, item 5). Run with:
 *
 *   pnpm exec tsx packages/engine/bench/fused.ts [rows]      (default 10 000 000)
 *
 * Generates ticket rows in DuckDB (deterministic: every column derives from hash(i, n)),
 * then times, as the median of 3 runs each:
 *   fused       — the engine: runScorecard on a warm session (plan, one fused query, evaluation);
 *                 the one-time load of the source (read, cast, check) is printed separately
 *   hand        — a hand-written single-pass SQL computing the same KPIs' values and samples
 *   per-KPI     — one compiled query per KPI, run one after another
 * and prints the times and the ratios. Targets: fused ≤ 1.2 × hand, per-KPI ≥ 3 × fused.
 * It also checks that the three agree on every value, so a fast wrong answer cannot win.
 */
import { planKpis } from '@nyckeltal/compiler';
import type { Row } from '../src/engine-session.js';
import { EngineSession } from '../src/engine-session.js';
import { runScorecard } from '../src/run-kpis.js';
import { kpiModel, projectModel, scorecardModel } from '../test/helpers/project-model.js';
import { sourceModel } from '../test/helpers/source-model.js';

const rows = Number(process.argv[2] ?? 10_000_000);
const zone = 'Europe/Stockholm';

const source = sourceModel(
  'bench',
  { kind: 'sql', sql: 'select * from bench_tickets' },
  {
    id: { type: 'integer', key: true },
    type: 'string',
    priority: 'string',
    opened_at: 'timestamp',
    resolved_at: 'timestamp',
    first_contact: 'boolean',
    csat: 'integer',
    reopen_count: 'integer',
  },
  zone,
);
const hours = 'hours_between(opened_at, resolved_at)';
const kpis = [
  kpiModel(source, { id: 'b.resolved', measure: 'count(*)' }),
  kpiModel(source, {
    id: 'b.mttr',
    measure: `avg(${hours})`,
    where: "type = 'incident'",
    direction: 'lower',
  }),
  kpiModel(source, { id: 'b.fcr', measure: 'share(first_contact)', where: "type = 'incident'" }),
  kpiModel(source, { id: 'b.csat', measure: 'avg(csat)', where: 'csat is not null' }),
  kpiModel(source, {
    id: 'b.p90',
    measure: `percentile(${hours}, 0.9)`,
    where: "priority = 'P1'",
    direction: 'lower',
  }),
  kpiModel(source, { id: 'b.reopen', measure: 'share(reopen_count > 0)', direction: 'lower' }),
  kpiModel(source, {
    id: 'b.median-request',
    measure: `median(${hours})`,
    where: "type = 'request'",
    direction: 'lower',
  }),
];
const card = scorecardModel(
  'bench',
  kpis.map((k) => k.id),
  { grain: 'month', history: 24 },
);
const project = projectModel(process.cwd(), [source], kpis, [card]);

// The same KPIs written by hand in one pass over the raw table, as an analyst would for this
// scorecard: each KPI's value and its sample (rows its filter keeps, needed for min_sample).
const handSql = `
with t as (
  select *, cast(date_trunc('month', timezone('${zone}', resolved_at)) as date) as period,
    case when resolved_at >= opened_at then (epoch(resolved_at) - epoch(opened_at)) / 3600.0 end as h
  from bench_tickets where resolved_at is not null
)
select period,
  count(*) as "b.resolved",
  avg(h) filter (where type = 'incident') as "b.mttr",
  count(*) filter (where type = 'incident') as "b.mttr:n",
  100.0 * count(*) filter (where type = 'incident' and first_contact) / nullif(count(*) filter (where type = 'incident'), 0) as "b.fcr",
  avg(csat) filter (where csat is not null) as "b.csat",
  count(*) filter (where csat is not null) as "b.csat:n",
  quantile_cont(h, 0.9) filter (where priority = 'P1') as "b.p90",
  count(*) filter (where priority = 'P1') as "b.p90:n",
  100.0 * count(*) filter (where reopen_count > 0) / count(*) as "b.reopen",
  quantile_cont(h, 0.5) filter (where type = 'request') as "b.median-request",
  count(*) filter (where type = 'request') as "b.median-request:n"
from t group by period order by period`;

async function generate(session: EngineSession): Promise<void> {
  // hash(i, n) gives independent pseudo-random streams; everything is a pure function of i.
  await session.execute(`create table bench_tickets as
    select i as id,
      case when hash(i, 1) % 10 < 6 then 'incident' when hash(i, 1) % 10 < 9 then 'request' else 'question' end as type,
      'P' || (1 + hash(i, 2) % 4) as priority,
      TIMESTAMPTZ '2025-01-01 00:00:00+00' + to_seconds(cast(hash(i, 3) % (730 * 86400) as bigint)) as opened_at,
      case when hash(i, 4) % 20 = 0 then null
           else TIMESTAMPTZ '2025-01-01 00:00:00+00' + to_seconds(cast(hash(i, 3) % (730 * 86400) as bigint))
                + to_seconds(cast(hash(i, 5) % (96 * 3600) as bigint) - 3600) end as resolved_at,
      hash(i, 6) % 3 <> 0 as first_contact,
      case when hash(i, 7) % 4 = 0 then null else cast(1 + hash(i, 8) % 5 as integer) end as csat,
      cast(case when hash(i, 9) % 10 = 0 then 1 + hash(i, 10) % 3 else 0 end as integer) as reopen_count
    from range(${rows}) t(i)`);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function median3(fn: () => Promise<unknown>): Promise<number> {
  const times = [await time(fn), await time(fn), await time(fn)].sort((a, b) => a - b);
  return times[1]!;
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
  return a === b;
}

async function main(): Promise<void> {
  const session = await EngineSession.open();
  console.log(`generating ${rows.toLocaleString('en')} rows …`);
  console.log(`  ${(await time(() => generate(session))).toFixed(0)} ms`);
  const now = () => new Date('2027-01-15T00:00:00Z');
  const load = await time(() => runScorecard(session, project, 'bench', { now })); // loads + checks the source once
  console.log(`first run (loads the source into a typed table, checks casts): ${load.toFixed(0)} ms`);

  let fusedSnapshot = await runScorecard(session, project, 'bench', { now });
  let handRows: Row[] = [];
  const perKpi: Record<string, Row[]> = {};
  const fused = await median3(async () => {
    fusedSnapshot = await runScorecard(session, project, 'bench', { now });
  });
  const hand = await median3(async () => {
    handRows = await session.query({ sql: handSql, parameters: [] });
  });
  const separate = await median3(async () => {
    for (const kpi of kpis) {
      const plan = planKpis(project, { kpis: [kpi.id], grain: 'month' });
      perKpi[kpi.id] = await session.query(plan.queries[0]!.query);
    }
  });

  // Agreement: every KPI's value in every series period, fused vs hand vs per-KPI.
  let compared = 0;
  for (const kpi of fusedSnapshot.kpis) {
    for (const point of kpi.series) {
      const handRow = handRows.find((r) => r.period === point.start);
      const own = perKpi[kpi.id]?.find((r) => r.period === point.start && r.grouping !== undefined);
      const ownValue = own?.[`${kpi.id}:value`] ?? null;
      if (!close(point.value, handRow?.[kpi.id] ?? null) || !close(point.value, ownValue)) {
        throw new Error(
          `disagreement: ${kpi.id} ${point.period}: fused ${point.value}, hand ${handRow?.[kpi.id]}, per-KPI ${ownValue}`,
        );
      }
      compared += 1;
    }
  }
  session.close();

  console.log(
    `\n${kpis.length} KPIs, one source, ${rows.toLocaleString('en')} rows, month grain; median of 3 (values agree: ${compared} checked)`,
  );
  console.log(`  fused (engine)   ${fused.toFixed(0).padStart(7)} ms`);
  console.log(`  hand-written     ${hand.toFixed(0).padStart(7)} ms`);
  console.log(`  one per KPI      ${separate.toFixed(0).padStart(7)} ms`);
  console.log(`  fused / hand     ${(fused / hand).toFixed(2)}×   (target ≤ 1.20×)`);
  console.log(`  per-KPI / fused  ${(separate / fused).toFixed(2)}×   (target ≥ 3×)`);
}

await main();
