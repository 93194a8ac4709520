import { createHash } from 'node:crypto';

/** A computed response body, ready to send again and again. */
export interface CachedBody {
  readonly kind: 'cached-body';
  /** The JSON text sent, encoded once as UTF-8 (not again for every request). */
  readonly body: Uint8Array<ArrayBuffer>;
  /** A strong ETag over the body's bytes. */
  readonly etag: string;
  readonly builtAt: string | null;
  readonly dataThrough: string | null;
}

const utf8 = new TextEncoder();

/**
 * A cached body for a JSON value: serialized once, with a strong ETag from its bytes.
 *
 * @example
 * cachedBody({ a: 1 }, null, null).etag; // '"…22 characters…"'
 */
export function cachedBody(value: unknown, builtAt: string | null, dataThrough: string | null): CachedBody {
  const text = JSON.stringify(value);
  return { kind: 'cached-body', body: utf8.encode(text), etag: etagOf(text), builtAt, dataThrough };
}

/**
 * A strong ETag for a text: 22 base64url characters of its SHA-256.
 *
 * @example
 * etagOf('hello'); // '"LPJNul-wow4m6Dsqxbninh"'
 */
export function etagOf(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
}

/**
 * Computed bodies by key (the key carries the definitions' hash and the data fingerprint,
 * so a change to either misses), least recently used first out. A key being computed is
 * shared: every request for it awaits the same promise, so N concurrent requests for one
 * uncomputed snapshot cost one computation. A failed computation is not kept.
 *
 * @example
 * const cache = new SnapshotCache(256);
 * const [a, b] = await Promise.all([cache.obtain('k', run), cache.obtain('k', run)]); // run called once
 */
export class SnapshotCache {
  private readonly done = new Map<string, CachedBody>();
  private readonly running = new Map<string, Promise<CachedBody>>();
  private computed = 0;
  private lastStored: CachedBody | undefined;

  constructor(private readonly maxEntries: number) {}

  /** How many computations were started (for tests and /health). */
  get computations(): number {
    return this.computed;
  }

  /** How many computations are running right now (for /health). */
  get computing(): number {
    return this.running.size;
  }

  /** The cached body for a key, if computed; or undefined. */
  peek(key: string): CachedBody | undefined {
    const hit = this.done.get(key);
    if (hit) {
      this.done.delete(key);
      this.done.set(key, hit);
    }
    return hit;
  }

  /** The body for a key: cached, being computed (shared), or computed now by `compute`. */
  obtain(key: string, compute: () => Promise<CachedBody>): Promise<CachedBody> {
    const hit = this.peek(key);
    if (hit) return Promise.resolve(hit);
    const pending = this.running.get(key);
    if (pending) return pending;
    this.computed += 1;
    const started = compute().then(
      (body) => {
        this.running.delete(key);
        this.store(key, body);
        return body;
      },
      (error: unknown) => {
        this.running.delete(key);
        throw error;
      },
    );
    this.running.set(key, started);
    return started;
  }

  /** The most recently stored body, for /health's data freshness. */
  latest(): CachedBody | undefined {
    return this.lastStored;
  }

  /** Drops every computed body, e.g. when the definitions changed. */
  clear(): void {
    this.done.clear();
    this.lastStored = undefined;
  }

  private store(key: string, body: CachedBody): void {
    this.lastStored = body;
    if (this.maxEntries <= 0) return;
    this.done.set(key, body);
    while (this.done.size > this.maxEntries) {
      const oldest = this.done.keys().next().value;
      if (oldest === undefined) break;
      this.done.delete(oldest);
    }
  }
}
