import type { EngineSession } from '@nyckeltal/engine';

interface Pooled {
  readonly session: EngineSession;
  readonly generation: string;
  busy: boolean;
  /** Set when the session must not be reused: it is closed once this settles. */
  discarded: Promise<void> | undefined;
}

/** What a task gets from the pool: a session, and a way to have it closed rather than reused. */
export interface Lease {
  readonly session: EngineSession;
  /**
   * Close the session after this task instead of reusing it (e.g. its query was
   * interrupted), once `settled` resolves: never under a query still running.
   */
  discard(settled: Promise<void>): void;
}

/**
 * A few engine sessions (each its own in-memory DuckDB, data attached read-only), reused
 * across computations of the same generation (definitions hash + data fingerprint): the
 * engine loads each source once per session, so only the first computation on a session
 * pays for reading the data. At most `size` tasks run at once; the rest wait in order.
 * A session of an older generation is closed when it frees up, so changed data is always
 * read afresh.
 *
 * @example
 * const pool = new SessionPool(2, () => EngineSession.open({ database }));
 * const snapshot = await pool.use(generation, ({ session }) => runScorecard(session, model, 'desk'));
 */
export class SessionPool {
  private readonly sessions: Pooled[] = [];
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly open: () => Promise<EngineSession>,
  ) {
    if (!(size >= 1)) throw new Error(`Bug: SessionPool needs a size of at least 1, got ${size}`);
  }

  /** Runs `task` on a session of this generation once a slot is free. */
  async use<T>(generation: string, task: (lease: Lease) => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
    let pooled: Pooled | undefined;
    try {
      pooled = await this.acquire(generation);
      const entry = pooled;
      return await task({
        session: entry.session,
        discard: (settled) => {
          entry.discarded = settled;
        },
      });
    } finally {
      if (pooled) this.release(pooled);
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Closes every idle session now and every busy one when its task ends. */
  close(): void {
    this.closed = true;
    for (const p of this.sessions.filter((s) => !s.busy)) this.drop(p);
  }

  private async acquire(generation: string): Promise<Pooled> {
    // Sessions of an older generation read data or definitions that changed: close them.
    for (const stale of this.sessions.filter((p) => !p.busy && p.generation !== generation)) this.drop(stale);
    const idle = this.sessions.find((p) => !p.busy && p.generation === generation);
    if (idle) {
      idle.busy = true;
      return idle;
    }
    const pooled: Pooled = { session: await this.open(), generation, busy: true, discarded: undefined };
    this.sessions.push(pooled);
    return pooled;
  }

  private release(pooled: Pooled): void {
    pooled.busy = false;
    if (pooled.discarded || this.closed) this.drop(pooled, pooled.discarded);
  }

  private drop(pooled: Pooled, after: Promise<void> = Promise.resolve()): void {
    const i = this.sessions.indexOf(pooled);
    if (i >= 0) this.sessions.splice(i, 1);
    void after.then(() => pooled.session.close());
  }
}
