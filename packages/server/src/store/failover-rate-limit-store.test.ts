import { describe, expect, it } from 'vitest';
import { FailoverRateLimitStore } from './failover-rate-limit-store.js';
import { MemoryRateLimitStore } from './memory-rate-limit-store.js';
import type { RateLimitStore } from './rate-limit-store.js';

function flakyStore(): RateLimitStore & { up: boolean; calls: number } {
  const memory = new MemoryRateLimitStore();
  const store = {
    up: true,
    calls: 0,
    hit(key: string, windowMs: number, now: number) {
      store.calls++;
      if (!store.up) return Promise.reject(new Error('Connection is closed.'));
      return memory.hit(`shared:${key}`, windowMs, now);
    },
  };
  return store;
}

describe('FailoverRateLimitStore', () => {
  it('counts in the shared store while it answers', async () => {
    const shared = flakyStore();
    const store = new FailoverRateLimitStore(shared, new MemoryRateLimitStore());
    expect((await store.hit('a', 1000, 0)).count).toBe(1);
    expect((await store.hit('a', 1000, 1)).count).toBe(2);
    expect(shared.calls).toBe(2);
    expect(store.degraded).toBe(false);
  });

  it('counts locally when the shared store fails, reports once, and skips it for a while', async () => {
    const shared = flakyStore();
    const failures: unknown[] = [];
    const store = new FailoverRateLimitStore(shared, new MemoryRateLimitStore(), { retryAfterMs: 60_000, onFailure: (error) => failures.push(error) });
    shared.up = false;
    const now = Date.now();
    expect((await store.hit('a', 1000, now)).count).toBe(1);
    expect((await store.hit('a', 1000, now)).count).toBe(2);
    expect(store.degraded).toBe(true);
    expect(shared.calls).toBe(1);
    expect(failures).toHaveLength(1);
  });

  it('goes back to the shared store once the pause is over', async () => {
    const shared = flakyStore();
    const store = new FailoverRateLimitStore(shared, new MemoryRateLimitStore(), { retryAfterMs: 0 });
    shared.up = false;
    await store.hit('a', 1000, Date.now());
    shared.up = true;
    expect((await store.hit('a', 1000, Date.now() + 1)).count).toBe(1);
    expect(shared.calls).toBe(2);
  });
});
