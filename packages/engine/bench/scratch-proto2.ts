import { DuckDBInstance } from '@duckdb/node-api';
import { expandCalendar } from '../../spec/src/calendar/expand-calendar.js';
import { office9 } from '../../spec/src/calendar/hand-worked-cases.js';

const e = expandCalendar(office9, '2000-01-01', '2051-01-01');
const S = 86400;
const iv = [
  { start: e.from, end: e.from, cumBefore: 0 },
  ...e.intervals,
  { start: e.to, end: e.to, cumBefore: null as number | null },
];
const k0 = Math.floor(e.from / S);
const k1 = Math.floor(e.to / S);
const lo: number[] = [];
let j = 0; // 0-based index of last interval with start <= bucket start
for (let k = k0; k <= k1; k++) {
  const bs = k * S;
  while (j + 1 < iv.length && iv[j + 1]!.start <= bs) j++;
  lo.push(j + 1); // 1-based
}
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
await c.run("set TimeZone='UTC'");
const t = performance.now();
const list = (xs: (number | null)[]) =>
  `[${xs.map((x) => (x === null ? 'null' : String(x))).join(',')}]::bigint[]`;
await c.run(
  `create table cal as select ${k0}::bigint as k0, ${list(lo)} as lo, ${list(iv.map((i) => i.start).concat([Number.MAX_SAFE_INTEGER]))} as st, ${list(iv.map((i) => i.end))} as en, ${list(iv.map((i) => i.cumBefore))} as cu`,
);
console.log('create ms', (performance.now() - t).toFixed(0));
await c.run(`set variable cal_lo = (select lo from cal)`);
await c.run(`set variable cal_st = (select st from cal)`);
await c.run(`set variable cal_en = (select en from cal)`);
await c.run(`set variable cal_cu = (select cu from cal)`);
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
const cumL = (x: string, L: (n: string) => string) => {
  const k = `(floor(${x} / ${S})::bigint - ${L('k0')} + 1)`;
  const lo = `${L('lo')}[${k}]`;
  const jj = `(${lo} + (${L('st')}[${lo} + 1] <= ${x})::int)`;
  return `(${L('cu')}[${jj}] + least(greatest(${x} - ${L('st')}[${jj}], 0), ${L('en')}[${jj}] - ${L('st')}[${jj}]))`;
};
await time('calendar', 'select avg((epoch(resolved_at) - epoch(opened_at))/3600.0) from tickets');
const viaCross = `select avg(greatest(${cumL('epoch(t.resolved_at)', (n) => `L.${n}`)} - ${cumL('epoch(t.opened_at)', (n) => `L.${n}`)}, 0)/3600.0) from tickets t, cal L`;
await time('cross-lists', viaCross);
const viaVar = `select avg(greatest(${cumL('epoch(t.resolved_at)', (n) => (n === 'k0' ? String(k0) : `getvariable('cal_${n}')`))} - ${cumL('epoch(t.opened_at)', (n) => (n === 'k0' ? String(k0) : `getvariable('cal_${n}')`))}, 0)/3600.0) from tickets t`;
await time('variables', viaVar);
const viaSub = `select avg(greatest(${cumL('epoch(t.resolved_at)', (n) => `(select ${n} from cal)`)} - ${cumL('epoch(t.opened_at)', (n) => `(select ${n} from cal)`)}, 0)/3600.0) from tickets t`;
await time('scalar-subq', viaSub);
