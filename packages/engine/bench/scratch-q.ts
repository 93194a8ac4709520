import { DuckDBInstance } from '@duckdb/node-api';

const c = await (await DuckDBInstance.create(':memory:')).connect();
const r = await c.runAndReadAll(
  `select [1,2,3][0] a, [1,2,3][4] b, (-1)::bigint // 5 c, (-6)::bigint // 5 d, [1,2,3][-1] e, epoch_us(timestamptz '2026-01-01 00:00:00+01') f, typeof(epoch_us(now())) g, [1,2,3][null] h`,
);
console.log(r.getRowObjects());
