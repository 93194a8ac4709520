import { EngineSession } from '@nyckeltal/engine';
import { describe, expect, it } from 'vitest';
import { SessionPool } from './session-pool.js';

/** A pool over real in-memory DuckDB sessions that counts how many it opened. */
function countingPool(size: number) {
  const opened: EngineSession[] = [];
  const pool = new SessionPool(size, async () => {
    const session = await EngineSession.open();
    opened.push(session);
    return session;
  });
  return { pool, opened };
}

const one = (session: EngineSession) => session.query({ sql: 'select 1 as n', parameters: [] });

describe('SessionPool', () => {
  it('reuses one session for consecutive tasks of the same generation', async () => {
    const { pool, opened } = countingPool(2);
    for (let i = 0; i < 5; i++) await pool.use('g1', ({ session }) => one(session));
    expect(opened).toHaveLength(1);
    pool.close();
  });

  it('keeps what a task left in its session for the next task of the generation', async () => {
    const { pool } = countingPool(1);
    await pool.use('g1', ({ session }) => session.execute('create temp table t as select 42 as n'));
    const rows = await pool.use('g1', ({ session }) =>
      session.query({ sql: 'select n from t', parameters: [] }),
    );
    expect(rows).toEqual([{ n: 42 }]);
    pool.close();
  });

  it('opens a fresh session for a new generation and closes the stale one', async () => {
    const { pool, opened } = countingPool(2);
    await pool.use('g1', ({ session }) => session.execute('create temp table t as select 1 as n'));
    const rows = await pool.use('g2', ({ session }) =>
      session.query({
        sql: "select count(*) as n from duckdb_tables() where table_name = 't'",
        parameters: [],
      }),
    );
    expect(rows).toEqual([{ n: 0 }]);
    expect(opened).toHaveLength(2);
    pool.close();
  });

  it('runs at most `size` tasks at once; the rest wait their turn', async () => {
    const { pool, opened } = countingPool(2);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 6 }, () =>
        pool.use('g1', async ({ session }) => {
          running += 1;
          most = Math.max(most, running);
          await one(session);
          await new Promise((resolve) => setTimeout(resolve, 20));
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(opened).toHaveLength(2);
    pool.close();
  });

  it('does not reuse a discarded session', async () => {
    const { pool, opened } = countingPool(1);
    await pool.use('g1', async (lease) => lease.discard(Promise.resolve()));
    await pool.use('g1', ({ session }) => one(session));
    expect(opened).toHaveLength(2);
    pool.close();
  });
});
