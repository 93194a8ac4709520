// Fused execution benchmark (issue 3, item 5). Generates ROWS tickets (default 10 M) in
// an in-memory DuckDB and times, median of 3 runs each:
//   fused     the compiler's plan: one query for the whole scorecard
//   hand      a hand-written single-pass SQL for the same KPIs
//   per-KPI   one compiled query per KPI
//   fused+bd  the fused plan with breakdowns of one month (three fields)
// and prints the ratios. Requirement: fused ≤ 1.2 × hand, per-KPI ≥ 3 × fused.
//
//   pnpm --filter @nyckeltal/compiler exec tsx bench/fused-bench.ts      (ROWS=1000000 for a quick run)
import { DuckDBInstance } from '@duckdb/node-api';
import { type CompiledQuery, compileKpiSql, planKpis } from '../src/index.js';
import { kpi, project } from '../test/fixture-project.js';

const rows = Number(process.env.ROWS ?? 10_000_000);
const runs = 3;

const kpis = [
  kpi({ id: 'volume', measure: 'count(*)', where: "type = 'incident'", breakdowns: ['priority', 'channel'] }),
  kpi({
    id: 'mttr',
    measure: 'avg(hours_between(opened_at, resolved_at))',
    where: "type = 'incident'",
    breakdowns: ['priority'],
  }),
  kpi({
    id: 'mttr-median',
    measure: 'median(hours_between(opened_at, resolved_at))',
    where: "type = 'incident'",
  }),
  kpi({ id: 'fcr', measure: 'share(reopen_count = 0)', breakdowns: ['assignment_group'] }),
  kpi({
    id: 'sla',
    measure: 'share(hours_between(opened_at, resolved_at) <= 8)',
    where: "priority in ('P1', 'P2')",
  }),
  kpi({ id: 'csat', measure: 'top_box(score, 4)', where: 'score is not null' }),
  kpi({ id: 'cost', measure: 'sum(cost) / count(*)', where: "type = 'request'" }),
];
const p = project(kpis);
const ids = kpis.map((k) => k.id);

const hand = `
select cast(date_trunc('month', timezone('Europe/Stockholm', resolved_at)) as date) as period,
  count(*) filter (where type = 'incident') as volume,
  avg(case when resolved_at >= opened_at then (epoch(resolved_at) - epoch(opened_at)) / 3600.0 end) filter (where type = 'incident') as mttr,
  quantile_cont(case when resolved_at >= opened_at then (epoch(resolved_at) - epoch(opened_at)) / 3600.0 end, 0.5) filter (where type = 'incident') as mttr_median,
  100.0 * count(*) filter (where reopen_count = 0) / nullif(count(*), 0) as fcr,
  100.0 * count(*) filter (where priority in ('P1', 'P2') and resolved_at >= opened_at and (epoch(resolved_at) - epoch(opened_at)) / 3600.0 <= 8)
    / nullif(count(*) filter (where priority in ('P1', 'P2')), 0) as sla,
  100.0 * count(score) filter (where score >= 4) / nullif(count(score), 0) as csat,
  sum(cost) filter (where type = 'request') / nullif(count(*) filter (where type = 'request'), 0) as cost
from src_tickets
where resolved_at is not null
group by 1`;

async function main(): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  console.log(`generating ${rows.toLocaleString('en')} tickets…`);
  await c.run(`create table tickets as
    select 'T' || i as id,
      (['incident', 'request', 'question'])[1 + i % 3] as type,
      'P' || (1 + (i * 7) % 4) as priority,
      (['phone', 'email', 'portal', 'chat'])[1 + (i * 13) % 4] as channel,
      'group-' || (i * 31) % 25 as assignment_group,
      TIMESTAMPTZ '2025-10-01 00:00:00+00' + to_seconds((i * (33000000.0 / ${rows}))::bigint) as opened_at,
      case when i % 50 = 0 then null
        else TIMESTAMPTZ '2025-10-01 00:00:00+00' + to_seconds((i * (33000000.0 / ${rows}) + (i * 7919) % 200000 - 1000)::bigint) end as resolved_at,
      (i * 17) % 4 as reopen_count,
      case when i % 3 = 0 then 1 + (i * 11) % 5 end as score,
      ((i * 37) % 1000) / 10.0 as cost
    from range(${rows}) r(i)`);
  await c.run('create view src_tickets as select * from tickets');

  const time = async (queries: readonly CompiledQuery[]) => {
    const ms: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      for (const q of queries) await c.runAndReadAll(q.sql, q.parameters as never);
      ms.push(performance.now() - start);
    }
    return ms.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  };
  const fusedPlan = planKpis(p, { kpis: ids, grain: 'month' });
  const withBreakdowns = planKpis(p, { kpis: ids, grain: 'month', breakdownPeriod: '2026-06-01' });
  const fused = await time(fusedPlan.queries.map((q) => q.query));
  const handMs = await time([{ sql: hand, parameters: [] }]);
  const perKpi = await time(ids.map((id) => compileKpiSql(p, id, 'month')));
  const fusedBd = await time(withBreakdowns.queries.map((q) => q.query));
  const f = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`rows ${rows.toLocaleString('en')}, KPIs ${ids.length}, median of ${runs}`);
  console.log(`fused (1 query)          ${f(fused)}`);
  console.log(`hand-written single pass ${f(handMs)}`);
  console.log(`one query per KPI        ${f(perKpi)}`);
  console.log(`fused + breakdowns       ${f(fusedBd)}`);
  console.log(`fused / hand     = ${(fused / handMs).toFixed(2)}  (must be ≤ 1.20)`);
  console.log(`per-KPI / fused  = ${(perKpi / fused).toFixed(2)}  (must be ≥ 3.00)`);
  console.log(`breakdowns cost  = ${(fusedBd / fused).toFixed(2)} × fused`);
}

await main();
