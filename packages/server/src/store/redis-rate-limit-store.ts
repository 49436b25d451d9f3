import type { Redis } from 'ioredis';
import type { RateLimitHit, RateLimitStore } from './rate-limit-store.js';

// One round trip, atomic: count the request, start the window's clock on its first request, and
// report how long the window has left. Redis's own clock times the window, so instances whose
// clocks disagree still share one window.
const HIT_WINDOW = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

/**
 * Fixed-window counters in Redis, shared by every instance that uses the same Redis and prefix.
 * Errors and timeouts reject; wrap it in a `FailoverRateLimitStore` to keep serving through them.
 *
 * @example
 * const store = new RedisRateLimitStore(await connectRedis(readRedisSettings(process.env)!));
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #redis: Redis & { hitWindow?: (key: string, windowMs: number) => Promise<[number, number]> };
  readonly #prefix: string;

  constructor(redis: Redis, options: { prefix?: string } = {}) {
    this.#redis = redis;
    this.#prefix = options.prefix ?? 'logprob:rate:';
    // defineCommand sends EVALSHA and falls back to EVAL once when Redis lacks the script.
    if (!('hitWindow' in redis)) redis.defineCommand('hitWindow', { numberOfKeys: 1, lua: HIT_WINDOW });
  }

  async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
    const hitWindow = this.#redis.hitWindow;
    if (!hitWindow) throw new Error('hitWindow is not defined on this Redis client');
    const [count, ttl] = await hitWindow.call(this.#redis, `${this.#prefix}${String(windowMs)}:${key}`, windowMs);
    return { count, resetAt: now + ttl };
  }
}
