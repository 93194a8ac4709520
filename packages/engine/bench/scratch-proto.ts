import { DuckDBInstance } from '@duckdb/node-api';
import { expandCalendar } from '../../spec/src/calendar/expand-calendar.js';
import { office9 } from '../../spec/src/calendar/hand-worked-cases.js';

let t = performance.now();
const e = expandCalendar(office9, '2000-01-01', '2051-01-01');
console.log('expand 51y ms', (performance.now() - t).toFixed(0), 'intervals', e.intervals.length);
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
await c.run("set TimeZone='UTC'");
await c.run(
  'create table cal (start_ts timestamptz, end_ts timestamptz, cum_before bigint, days_before integer, day_before bigint, day_length bigint)',
);
t = performance.now();
const app = await c.createAppender('cal');
// appender with timestamptz: use values via SQL instead for simplicity
app.closeSync();
const rows = e.intervals.map(
  (i) =>
    `(to_timestamp(${i.start}), to_timestamp(${i.end}), ${i.cumBefore}, ${i.daysBefore}, ${i.dayBefore}, ${i.dayLength})`,
);
for (let k = 0; k < rows.length; k += 5000)
  await c.run(`insert into cal values ${rows.slice(k, k + 5000).join(',')}`);
console.log('insert ms', (performance.now() - t).toFixed(0));
await c.run(
  `create table tickets as select i as id, o as opened_at, o + to_seconds((random()*300000)::bigint) as resolved_at from (select i, to_timestamp(1735689600 + (random()*63072000)::bigint) as o from range(1000000) r(i))`,
);
async function time(name: string, q: string) {
  const ts: number[] = [];
  let v: unknown;
  for (let k = 0; k < 3; k++) {
    const s = performance.now();
    const r = await c.runAndReadAll(q);
    ts.push(performance.now() - s);
    v = r.getRows()[0];
  }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(20), ts[1]!.toFixed(1), 'ms', String(v));
}
const cum = (a: string, x: string) =>
  `${a}.cum_before + least(greatest(epoch(${x}) - epoch(${a}.start_ts), 0), epoch(${a}.end_ts) - epoch(${a}.start_ts))`;
await time('calendar', 'select avg((epoch(resolved_at) - epoch(opened_at))/3600.0) from tickets');
await time(
  'calendar-month',
  "select date_trunc('month', timezone('Europe/Stockholm', resolved_at)) m, avg((epoch(resolved_at) - epoch(opened_at))/3600.0) from tickets group by all order by 1 limit 1",
);
await time(
  'asof',
  `select avg(greatest(${cum('b', 't.resolved_at')} - (${cum('a', 't.opened_at')}), 0)/3600.0) from tickets t asof left join cal a on t.opened_at >= a.start_ts asof left join cal b on t.resolved_at >= b.start_ts`,
);
await time(
  'asof-month',
  `select date_trunc('month', timezone('Europe/Stockholm', resolved_at)) m, avg(greatest(${cum('b', 't.resolved_at')} - (${cum('a', 't.opened_at')}), 0)/3600.0) from tickets t asof left join cal a on t.opened_at >= a.start_ts asof left join cal b on t.resolved_at >= b.start_ts group by all order by 1 limit 1`,
);
// scalar correlated subquery with asof
await time(
  'scalar-asof',
  `select avg(greatest((select ${cum('c', 'q.x')} from (select t.resolved_at as x) q asof join cal c on q.x >= c.start_ts) - (select ${cum('c', 'q.x')} from (select t.opened_at as x) q asof join cal c on q.x >= c.start_ts), 0)/3600.0) from tickets t`,
).catch((err) => console.log('scalar-asof failed', String(err).slice(0, 200)));
