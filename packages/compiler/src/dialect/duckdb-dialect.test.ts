import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createQueryBuilder } from './duckdb-dialect.js';

describe('the DuckDB dialect', () => {
  it('numbers placeholders $1, $2 in order and keeps values out of the text', () => {
    const q = createQueryBuilder()
      .selectFrom('src_tickets')
      .select('id')
      .where('type', '=', 'incident')
      .where('priority', 'in', ['1', '2'])
      .compile();
    expect(q.sql).toBe('select "id" from "src_tickets" where "type" = $1 and "priority" in ($2, $3)');
    expect(q.parameters).toEqual(['incident', '1', '2']);
  });

  it('doubles a double quote inside an identifier', () => {
    const q = createQueryBuilder()
      .selectFrom(sql`${sql.id('we"ird')}`.as('t'))
      .selectAll()
      .compile();
    expect(q.sql).toBe('select * from "we""ird" as "t"');
  });

  it('doubles a single quote inside a string literal made with sql.lit', () => {
    const q = createQueryBuilder()
      .selectNoFrom(sql<string>`${sql.lit("it's")}`.as('x'))
      .compile();
    expect(q.sql).toBe(`select 'it''s' as "x"`);
  });

  it('gives equal values one placeholder, and values equal only as text their own', () => {
    const q = createQueryBuilder()
      .selectFrom('t')
      .select('a')
      .where('a', '=', 'x')
      .where('b', '=', 'x')
      .where('c', '=', 1)
      .where('d', '=', '1')
      .where('e', '=', 1)
      .compile();
    expect(q.sql).toBe(
      'select "a" from "t" where "a" = $1 and "b" = $1 and "c" = $2 and "d" = $3 and "e" = $2',
    );
    expect(q.parameters).toEqual(['x', 1, '1']);
  });

  it('starts numbering again for each query it compiles', () => {
    const db = createQueryBuilder();
    db.selectFrom('t').select('a').where('a', '=', 'x').compile();
    const q = db.selectFrom('t').select('a').where('a', '=', 'y').where('b', '=', 'x').compile();
    expect(q.sql).toBe('select "a" from "t" where "a" = $1 and "b" = $2');
  });
});
