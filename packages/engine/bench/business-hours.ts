/**
 * Business-hours benchmark (issue 9, item 6). Run with:
 *
 *   pnpm exec tsx packages/engine/bench/business-hours.ts [rows]      (default 1 000 000)
 *
 * Generates tickets in DuckDB (deterministic, from hash(i, n)), opened mostly in office
 * hours and resolved minutes to weeks later, and times as the median of 3 runs:
 *   calendar  — mean time to resolve in calendar hours, as the engine compiles it
 *   business  — the same in business hours on the Stockholm office calendar
 * once as the whole compiled KPI query (month periods in Europe/Stockholm) and once as
 * the bare mean over all rows, and prints both times and their ratio (target ≤ 3×).
 * It first checks 2,000 rows' business hours against the slow reference implementation,
 * so a fast wrong answer cannot win.
 */
import { createQueryBuilder, duckDbBusinessTime, planKpis } from '@nyckeltal/compiler';
import { businessTimeReference, type CalendarModel, type DayInterval, type Weekday } from '@nyckeltal/spec';
import { sql } from 'kysely';
import { prepareBusinessTime } from '../src/calendar/prepare-business-time.js';
import { EngineSession } from '../src/engine-session.js';
import { loadSource } from '../src/load-source.js';
import { kpiModel, projectModel } from '../test/helpers/project-model.js';
import { sourceModel } from '../test/helpers/source-model.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const zone = 'Europe/Stockholm';
const h = (a: number, b: number): DayInterval => ({ start: a * 60, end: b * 60 });
const hours: Record<Weekday, DayInterval[]> = {
  mon: [h(8, 12), h(13, 17)],
  tue: [h(8, 12), h(13, 17)],
  wed: [h(8, 12), h(13, 17)],
  thu: [h(8, 12), h(13, 17)],
  fri: [h(8, 15)],
  sat: [],
  sun: [],
};
const calendar: CalendarModel = {
  id: 'se-office',
  timeZone: zone,
  schedules: [{ hours }],
  holidays: [],
  holidayRules: ['se'],
  specialDays: {},
  beforeHolidayHours: [h(8, 13)],
  origin: { file: 'calendars/se-office.yaml', line: 1, column: 1 },
};
const source = sourceModel(
  'bench',
  { kind: 'sql', sql: 'select * from bench_tickets' },
  { id: { type: 'integer', key: true }, opened_at: 'timestamp', resolved_at: 'timestamp' },
  zone,
);
const business = kpiModel(source, {
  id: 'b.mttr-business',
  measure: "avg(business_hours_between(opened_at, resolved_at, 'se-office'))",
});
const calendarHours = kpiModel(source, {
  id: 'b.mttr',
  measure: 'avg(hours_between(opened_at, resolved_at))',
});
const project = {
  ...projectModel(process.cwd(), [source], [business, calendarHours]),
  calendars: new Map([[calendar.id, calendar]]),
};

async function generate(session: EngineSession): Promise<void> {
  // Opened on a random day of 2025–2026 at 07:00–18:59 local wall time (so most inside hours),
  // resolved 1 minute to ~3 weeks later (skewed short).
  await session.execute(`create table bench_tickets as
    select i as id, opened_at,
      opened_at + to_seconds(cast(60 + (hash(i, 5) % 1000) * (hash(i, 6) % 1800) as bigint)) as resolved_at
    from (select i, timezone('${zone}', TIMESTAMP '2025-01-01 07:00:00'
            + to_days(cast(hash(i, 3) % 730 as integer)) + to_seconds(cast(hash(i, 4) % (12 * 3600) as bigint))) as opened_at
          from range(${rows}) t(i))`);
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

async function main(): Promise<void> {
  const session = await EngineSession.open();
  console.log(`generating ${rows.toLocaleString('en')} tickets …`);
  console.log(`  ${(await time(() => generate(session))).toFixed(0)} ms`);
  await loadSource(session, project, source, 'src_bench');
  const prep = await time(() => prepareBusinessTime(session, project, [business]));
  console.log(
    `calendar laid out for the data's years (scan for the range + cal_se_office): ${prep.toFixed(0)} ms`,
  );

  // Correctness first: 2,000 rows against the slow reference.
  const sample = await session.query({
    sql: `select epoch(opened_at) as a, epoch(resolved_at) as b, ${bareBusiness('opened_at', 'resolved_at')} as v
          from src_bench, cal_se_office where id % ${Math.max(1, Math.floor(rows / 2000))} = 0 limit 2000`,
    parameters: [],
  });
  let checked = 0;
  for (const r of sample) {
    const ref = businessTimeReference(calendar, Number(r.a), Number(r.b)).seconds / 3600;
    if (Math.abs(Number(r.v) - ref) > 1e-9)
      throw new Error(`disagreement at ${r.a}–${r.b}: sql ${r.v}, reference ${ref}`);
    checked++;
  }
  const exprPlan = planKpis(
    project,
    { kpis: [business.id], grain: 'month' },
    { businessTime: duckDbBusinessTime },
  );
  console.log(`business hours of ${checked} sampled tickets agree with the reference`);

  const calendarPlan = planKpis(project, { kpis: [calendarHours.id], grain: 'month' });
  const kpiCalendar = await median3(() => session.query(calendarPlan.queries[0]!.query));
  const kpiBusiness = await median3(() => session.query(exprPlan.queries[0]!.query));
  const bareCal = await median3(() =>
    session.query({
      sql: 'select avg((epoch(resolved_at) - epoch(opened_at)) / 3600.0) from src_bench',
      parameters: [],
    }),
  );
  const bareBus = await median3(() =>
    session.query({
      sql: `select avg(${bareBusiness('opened_at', 'resolved_at')}) from src_bench, cal_se_office`,
      parameters: [],
    }),
  );
  const [means] = await session.query({
    sql: `select avg((epoch(resolved_at) - epoch(opened_at)) / 3600.0) as cal, avg(${bareBusiness('opened_at', 'resolved_at')}) as bus from src_bench, cal_se_office`,
    parameters: [],
  });
  session.close();

  console.log(`\nmean time to resolve over ${rows.toLocaleString('en')} tickets; median of 3`);
  console.log(
    `  mean: ${Number(means?.cal).toFixed(2)} calendar hours, ${Number(means?.bus).toFixed(2)} business hours`,
  );
  console.log('                         calendar   business   ratio');
  const line = (name: string, c: number, b: number) =>
    console.log(
      `  ${name.padEnd(22)} ${c.toFixed(0).padStart(6)} ms ${b.toFixed(0).padStart(7)} ms   ${(b / c).toFixed(2)}×`,
    );
  line('KPI query (by month)', kpiCalendar, kpiBusiness);
  line('bare mean', bareCal, bareBus);
  console.log('  target: business ≤ 3 × calendar');
}

/** The compiler's business-hours expression between two SQL expressions, as text. */
function bareBusiness(from: string, to: string): string {
  const expr = duckDbBusinessTime.between({
    fn: 'business_hours_between',
    unit: 'hours',
    from: sql.raw(from),
    to: sql.raw(to),
    calendar,
  });
  return sql`${expr}`.compile(createQueryBuilder()).sql;
}

await main();
