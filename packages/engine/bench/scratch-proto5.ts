import { DuckDBInstance } from '@duckdb/node-api';
import { expandCalendar } from '../../spec/src/calendar/expand-calendar.js';
import { office9 } from '../../spec/src/calendar/hand-worked-cases.js';

const e = expandCalendar(office9, '2000-01-01', '2051-01-01');
const S = 86400;
const iv = [
  { start: e.from, end: e.from, cumBefore: 0 },
  ...e.intervals,
  { start: e.to, end: e.to, cumBefore: 0 },
];
const k0 = Math.floor(e.from / S);
const k1 = Math.floor(e.to / S);
const P: number[] = [],
  Q: number[] = [],
  R: number[] = [],
  L: number[] = [];
let j = 0;
const M = 1e6;
for (let k = k0; k <= k1; k++) {
  const bs = k * S;
  while (j + 1 < iv.length && iv[j + 1]!.start <= bs) j++;
  const a = iv[j]!;
  const b = iv[j + 1];
  const inB = b && b.start < bs + S;
  P.push((a.cumBefore - a.start) * M);
  Q.push((a.cumBefore + a.end - a.start) * M);
  R.push(inB ? b.start * M : 0);
  L.push(inB ? (b.end - b.start) * M : 0);
}
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
await c.run("set TimeZone='UTC'");
const lit = (xs: number[]) => `([${xs.join(',')}]::bigint[])`;
let t = performance.now();
await c.run(`create table cal as select ${lit(P)} p, ${lit(Q)} q, ${lit(R)} r, ${lit(L)} l`);
console.log('create ms', (performance.now() - t).toFixed(0));
t = performance.now();
await c.run(
  `create macro cal_cum(x) as least(x + ${lit(P)}[x // ${S * M} - ${k0 - 1}], ${lit(Q)}[x // ${S * M} - ${k0 - 1}]) + greatest(least(x - ${lit(R)}[x // ${S * M} - ${k0 - 1}], ${lit(L)}[x // ${S * M} - ${k0 - 1}]), 0)`,
);
console.log('macro ms', (performance.now() - t).toFixed(0));
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
const cum = (x: string, f: (n: string) => string) => {
  const k = `(${x} // ${S * M} - ${k0 - 1})`;
  return `(least(${x} + ${f('p')}[${k}], ${f('q')}[${k}]) + greatest(least(${x} - ${f('r')}[${k}], ${f('l')}[${k}]), 0))`;
};
await time('calendar', 'select avg((epoch(resolved_at) - epoch(opened_at))/3600.0) from tickets');
await time('calendar-us', 'select avg((epoch_us(resolved_at) - epoch_us(opened_at))/3600e6) from tickets');
await time(
  'cross',
  `select avg(greatest(${cum('epoch_us(t.resolved_at)', (n) => `C.${n}`)} - ${cum('epoch_us(t.opened_at)', (n) => `C.${n}`)}, 0)/3600e6) from tickets t, cal C`,
);
await time(
  'subq',
  `select avg(greatest(${cum('epoch_us(t.resolved_at)', (n) => `(select ${n} from cal)`)} - ${cum('epoch_us(t.opened_at)', (n) => `(select ${n} from cal)`)}, 0)/3600e6) from tickets t`,
);
await time(
  'macro',
  `select avg(greatest(cal_cum(epoch_us(t.resolved_at)) - cal_cum(epoch_us(t.opened_at)), 0)/3600e6) from tickets t`,
);
