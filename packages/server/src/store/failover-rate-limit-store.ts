import type { RateLimitHit, RateLimitStore } from './rate-limit-store.js';

export interface FailoverOptions {
  /** How long to skip the shared store after it failed, so an outage costs one timeout, not one per request. */
  retryAfterMs?: number;
  /** Sees failures of the shared store (for logging): those in flight when it failed, then at most one per `retryAfterMs`. */
  onFailure?: (error: unknown) => void;
}

/**
 * A shared store with a local one behind it. When the shared store fails or times out, requests
 * are counted by the local store instead: each instance then enforces the limit on its own (fails
 * open to per-instance limits), so an outage never turns into 5xx answers or requests that hang.
 *
 * @example
 * const store = new FailoverRateLimitStore(redisStore, new MemoryRateLimitStore(), { onFailure: console.warn });
 */
export class FailoverRateLimitStore implements RateLimitStore {
  readonly #shared: RateLimitStore;
  readonly #local: RateLimitStore;
  readonly #retryAfterMs: number;
  readonly #onFailure: ((error: unknown) => void) | undefined;
  #skipUntil = 0;

  constructor(shared: RateLimitStore, local: RateLimitStore, options: FailoverOptions = {}) {
    this.#shared = shared;
    this.#local = local;
    this.#retryAfterMs = options.retryAfterMs ?? 1000;
    this.#onFailure = options.onFailure;
  }

  async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
    if (now < this.#skipUntil) return this.#local.hit(key, windowMs, now);
    try {
      return await this.#shared.hit(key, windowMs, now);
    } catch (error) {
      this.#onFailure?.(error);
      this.#skipUntil = now + this.#retryAfterMs;
      return this.#local.hit(key, windowMs, now);
    }
  }

  /** Whether requests are being counted locally because the shared store failed recently. */
  get degraded(): boolean {
    return Date.now() < this.#skipUntil;
  }
}
