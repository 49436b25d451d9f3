import type { RateLimitHit, RateLimitStore } from './rate-limit-store.js';

/**
 * Fixed-window counters in this process's memory: right for one Node process, per isolate on
 * Workers (so approximate there). Expired windows are swept as it goes, so memory stays bounded
 * by the clients of one window.
 *
 * @example
 * const store = new MemoryRateLimitStore();
 * store.hit('127.0.0.1', 60_000, Date.now()); // { count: 1, resetAt: ... }
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();
  #nextSweep = 0;

  hit(key: string, windowMs: number, now: number): RateLimitHit {
    if (now >= this.#nextSweep) this.#sweep(now, windowMs);
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.#windows.set(key, window);
    }
    window.count++;
    return { count: window.count, resetAt: window.resetAt };
  }

  /** Number of clients tracked; for tests and metrics. */
  get size(): number {
    return this.#windows.size;
  }

  #sweep(now: number, windowMs: number): void {
    this.#nextSweep = now + windowMs;
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
  }
}
