import type { Redis } from 'ioredis';
import type { SuggestionCache } from './suggestion-cache.js';

/**
 * Suggestions in Redis, shared by every instance on it, expiring with Redis's own TTL. Commands
 * are bounded by the client's `commandTimeout`; a failure rejects, which the caller treats as a miss.
 *
 * @example
 * const cache = new RedisSuggestionCache(await connectRedis(readRedisSettings(process.env)!));
 */
export class RedisSuggestionCache implements SuggestionCache {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, options: { prefix?: string } = {}) {
    this.#redis = redis;
    this.#prefix = options.prefix ?? 'logprob:suggestion:';
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.#redis.get(this.#prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.#redis.set(this.#prefix + key, value, 'PX', ttlMs);
  }
}
