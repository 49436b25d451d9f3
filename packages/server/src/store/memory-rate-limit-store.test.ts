import { describe, expect, it } from 'vitest';
import { MemoryRateLimitStore } from './memory-rate-limit-store.js';

describe('MemoryRateLimitStore', () => {
  it('counts per key within a window and starts over after it', () => {
    const store = new MemoryRateLimitStore();
    expect(store.hit('a', 1000, 0)).toEqual({ count: 1, resetAt: 1000 });
    expect(store.hit('a', 1000, 10).count).toBe(2);
    expect(store.hit('b', 1000, 10).count).toBe(1);
    expect(store.hit('a', 1000, 1000)).toEqual({ count: 1, resetAt: 2000 });
  });

  it('forgets clients whose window has passed', () => {
    const store = new MemoryRateLimitStore();
    for (let client = 0; client < 100; client++) store.hit(`client-${client}`, 1000, 0);
    expect(store.size).toBe(100);
    store.hit('late', 1000, 5000);
    expect(store.size).toBe(1);
  });
});
