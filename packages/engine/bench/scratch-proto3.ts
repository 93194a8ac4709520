import { DuckDBInstance } from '@duckdb/node-api';
import { expandCalendar } from '../../spec/src/calendar/expand-calendar.js';
import { office9 } from '../../spec/src/calendar/hand-worked-cases.js';

const e = expandCalendar(office9, '2000-01-01', '2051-01-01');
const S = 86400;
const iv = [
  { start: e.from, end: e.from, cumBefore: 0 as number | null },
  ...e.intervals,
  { start: e.to, end: e.to, cumBefore: null as number | null },
];
const k0 = Math.floor(e.from / S);
const k1 = Math.floor(e.to / S);
type B = { k: number; as: number; ae: number; ac: number | null; bs: number; be: number; bc: number | null };
const buckets: B[] = [];
let j = 0;
for (let k = k0; k <= k1; k++) {
  const bs = k * S;
  while (j + 1 < iv.length && iv[j + 1]!.start <= bs) j++;
  const a = iv[j]!;
  const b = iv[j + 1];
  const inB = b && b.start < bs + S;
  buckets.push({
    k,
    as: a.start,
    ae: a.end,
    ac: a.cumBefore,
    bs: inB ? b.start : 9e15,
    be: inB ? b.end : 9e15,
    bc: inB ? b.cumBefore : null,
  });
}
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
await c.run("set TimeZone='UTC'");
const n = (x: number | null) => (x === null ? 'null' : String(x));
const t = performance.now();
await c.run(
  `create table calb (k bigint, a_start bigint, a_end bigint, a_cum bigint, b_start bigint, b_end bigint, b_cum bigint)`,
);
const vals = buckets.map((b) => `(${b.k},${b.as},${b.ae},${n(b.ac)},${b.bs},${b.be},${n(b.bc)})`);
for (let i = 0; i < vals.length; i += 10000)
  await c.run(`insert into calb values ${vals.slice(i, i + 10000).join(',')}`);
await c.run(
  `create table call as select min(k) as k0, list({'as': a_start, 'ae': a_end, 'ac': a_cum, 'bs': b_start, 'be': b_end, 'bc': b_cum} order by k) as bk from calb`,
);
console.log('create ms', (performance.now() - t).toFixed(0), buckets.length);
await c.run(
  `create table tickets as select i as id, o as opened_at, o + to_seconds((random()*300000)::bigint) as resolved_at from (select i, to_timestamp(1735689600 + (random()*63072000)::bigint) as o from range(1000000) r(i))`,
);
async function time(name: string, q: string) {
  const ts: number[] = [];
  let v: unknown;
  for (let k = 0; k < 5; k++) {
    const s = performance.now();
    const r = await c.runAndReadAll(q);
    ts.push(performance.now() - s);
    v = r.getRows()[0];
  }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(20), ts[2]!.toFixed(1), 'ms', String(v));
}
const cumOf = (x: string, s: (f: string) => string) =>
  `(case when ${x} >= ${s('bs')} then ${s('bc')} + least(${x} - ${s('bs')}, ${s('be')} - ${s('bs')}) else ${s('ac')} + least(greatest(${x} - ${s('as')}, 0), ${s('ae')} - ${s('as')}) end)`;
await time('calendar', 'select avg((epoch(resolved_at) - epoch(opened_at))/3600.0) from tickets');
// struct list lookup
const sl = (x: string) => `L.bk[floor(${x} / ${S})::bigint - L.k0 + 1]`;
await time(
  'struct-list',
  `select avg(greatest(${cumOf('epoch(t.resolved_at)', (f) => `${sl('epoch(t.resolved_at)')}.${f}`)} - ${cumOf('epoch(t.opened_at)', (f) => `${sl('epoch(t.opened_at)')}.${f}`)}, 0)/3600.0) from tickets t, call L`,
);
// struct list with subquery projection first
await time(
  'struct-list-2step',
  `select avg(greatest(${cumOf('rx', (f) => `rb.${f}`)} - ${cumOf('ox', (f) => `ob.${f}`)}, 0)/3600.0) from (select epoch(t.resolved_at) rx, epoch(t.opened_at) ox, L.bk[floor(rx / ${S})::bigint - L.k0 + 1] rb, L.bk[floor(ox / ${S})::bigint - L.k0 + 1] ob from tickets t, call L)`,
);
// hash join on bucket
const hj = (x: string, a: string) =>
  cumOf(
    x,
    (f) => `${a}.${{ as: 'a_start', ae: 'a_end', ac: 'a_cum', bs: 'b_start', be: 'b_end', bc: 'b_cum' }[f]}`,
  );
await time(
  'hash-join',
  `select avg(greatest(${hj('epoch(t.resolved_at)', 'r')} - ${hj('epoch(t.opened_at)', 'o')}, 0)/3600.0) from tickets t left join calb o on o.k = floor(epoch(t.opened_at) / ${S})::bigint left join calb r on r.k = floor(epoch(t.resolved_at) / ${S})::bigint`,
);
