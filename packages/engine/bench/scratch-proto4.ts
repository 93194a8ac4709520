import { DuckDBInstance } from '@duckdb/node-api';

const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
await c.run("set TimeZone='UTC'");
await c.run(
  `create table tickets as select i as id, o as opened_at, o + to_seconds((random()*300000)::bigint) as resolved_at from (select i, to_timestamp(1735689600 + (random()*63072000)::bigint) as o from range(1000000) r(i))`,
);
await c.run(
  `create table call as select 0::bigint as k0, list({'as': i, 'ae': i, 'ac': i, 'bs': i, 'be': i, 'bc': i}) as bk, list(i) as il from range(30000) r(i)`,
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
await time('calendar', 'select avg((epoch(resolved_at) - epoch(opened_at))/3600.0) from tickets');
await time('epoch_us', 'select avg((epoch_us(resolved_at) - epoch_us(opened_at))/3600e6) from tickets');
await time(
  'floor',
  'select avg(floor(epoch(resolved_at)/86400) - floor(epoch(opened_at)/86400)) from tickets',
);
await time(
  'intdiv',
  'select avg(epoch_us(resolved_at)//86400000000 - epoch_us(opened_at)//86400000000) from tickets',
);
await time(
  'list int',
  'select avg(L.il[(epoch_us(resolved_at)//86400000000 - 20000)::int] - L.il[(epoch_us(opened_at)//86400000000-20000)::int]) from tickets, call L',
);
await time(
  'list struct',
  'select avg(L.bk[(epoch_us(resolved_at)//86400000000 - 20000)::int].ac - L.bk[(epoch_us(opened_at)//86400000000-20000)::int].ac) from tickets, call L',
);
await time(
  'array_extract',
  'select avg(array_extract(L.il, (epoch_us(resolved_at)//86400000000 - 20000)::int) - array_extract(L.il, (epoch_us(opened_at)//86400000000-20000)::int)) from tickets, call L',
);
