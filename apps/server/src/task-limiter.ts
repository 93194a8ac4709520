/**
 * Runs at most `limit` tasks at once; the rest wait in order. Snapshot computations go
 * through one, so a burst of cold requests queues instead of opening a DuckDB per request.
 *
 * @example
 * const limiter = new TaskLimiter(2);
 * const results = await Promise.all(jobs.map((job) => limiter.run(job)));
 */
export class TaskLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {
    if (!(limit >= 1)) throw new Error(`Bug: TaskLimiter needs a limit of at least 1, got ${limit}`);
  }

  /** Runs the task when a slot is free; resolves or rejects with it. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}
