import type { DemoPlan } from '../demo-options.js';

/**
 * Deterministic pseudo-random numbers as DuckDB temporary macros. Every draw hashes
 * (row key, seed, stream name): no state, no order dependence, so DuckDB may run the
 * generation on all cores and still produce the same tables for the same seed.
 * The key's hash is xor-ed with the stream's and hashed again: DuckDB's multi-argument
 * `hash(a, b)` combines too weakly (draws of different streams correlate at ~0.9).
 *
 * - `rnd(key, stream)` uniform in [0, 1) from the top 53 bits of the hash
 * - `rnorm(key, stream)` standard normal (Box–Muller), for the few draws that need one
 * - `rlognorm(key, stream, median, sigma)` "log-normal-ish" with the given median: a
 *   log-logistic draw, median × (u ÷ (1 − u))^(0.5513·σ), whose log has the standard
 *   deviation σ like a log-normal's. One hash and one power instead of Box–Muller's two
 *   hashes and four transcendental calls (this runs ~10 times per ticket); u is kept in
 *   [0.001, 0.999] so no draw exceeds about e^(3.8σ) × the median.
 * - `rint(key, stream, n)` uniform whole number 0 … n−1
 *
 * @example
 * await connection.run(randomMacros(plan));
 * // select rnd(42, 'channel') → 0.73…, the same every run
 */
export function randomMacros(plan: DemoPlan): string {
  const seed = String(plan.seed);
  return `
create or replace temp macro rnd(k, s) as
  (hash(xor(hash(k), hash(s || ':${seed}'))) >> 11)::double / 9007199254740992.0;
create or replace temp macro rnorm(k, s) as
  sqrt(-2.0 * ln(greatest(rnd(k, s || '~a'), 1e-12))) * cos(2.0 * pi() * rnd(k, s || '~b'));
create or replace temp macro rlognorm(k, s, median, sigma) as
  median * pow((0.001 + 0.998 * rnd(k, s)) / (0.999 - 0.998 * rnd(k, s)), 0.5513 * sigma);
create or replace temp macro rint(k, s, n) as
  least(floor(rnd(k, s) * n), n - 1)::bigint;
create or replace temp macro local_ts(d) as timezone('Europe/Stockholm', d::timestamp);
`;
}
