/** One counted request: how many the client made in the current window and when it resets (ms epoch). */
export interface RateLimitHit {
  count: number;
  resetAt: number;
}

/**
 * A counter per client and window. In memory for one process; over Redis or a Durable Object to
 * hold one limit across instances. `hit` may reject when a shared store is unreachable: wrap it in
 * a `FailoverRateLimitStore` to keep serving.
 *
 * @example
 * const { count, resetAt } = await store.hit('127.0.0.1', 60_000, Date.now());
 */
export interface RateLimitStore {
  /** Counts one request for `key` and returns the count in the current window and when it resets. */
  hit(key: string, windowMs: number, now: number): RateLimitHit | Promise<RateLimitHit>;
}
