import { getConnInfo } from '@hono/node-server/conninfo';
import type { SuggestAppOptions } from '../http/create-suggest-app.js';
import { connectRedis, readRedisSettings } from '../store/redis-connection.js';
import { RedisRateLimitStore } from '../store/redis-rate-limit-store.js';
import { RedisSuggestionCache } from '../store/redis-suggestion-cache.js';
import { readSuggestionCacheSettings, SuggestionCacheConfigError } from '../store/suggestion-cache-settings.js';

/** What the Node entry adds to `createSuggestApp`'s options, and how to let go of it. */
export interface NodeSharedState {
  options: Pick<SuggestAppOptions, 'getConnInfo' | 'rateLimitStore' | 'suggestionCache'>;
  /** Where shared state lives, safe to log (the password redacted). */
  description: string;
  close: () => Promise<void>;
}

/**
 * The Node runtime's part of the app: the socket's address as the client's identity, and, when
 * `REDIS_URL` is set, Redis for the rate limit (and for the suggestion cache with
 * `SUGGEST_CACHE=redis`). Throws a clear error at startup when Redis cannot be used.
 *
 * @example
 * const shared = await connectNodeSharedState(process.env);
 * const app = createSuggestApp({ env: process.env, ...shared.options });
 */
export async function connectNodeSharedState(env: Readonly<Record<string, unknown>>, options: { onError?: (error: Error) => void } = {}): Promise<NodeSharedState> {
  const redisSettings = readRedisSettings(env);
  const cacheSettings = readSuggestionCacheSettings(env);
  if (cacheSettings.backend === 'workers') throw new SuggestionCacheConfigError('SUGGEST_CACHE=workers is the Workers Cache API; on Node use memory or redis');
  if (cacheSettings.backend === 'redis' && !redisSettings) throw new SuggestionCacheConfigError('SUGGEST_CACHE=redis needs REDIS_URL');
  if (!redisSettings) return { options: { getConnInfo }, description: 'in-process memory', close: () => Promise.resolve() };
  const redis = await connectRedis(redisSettings, options);
  return {
    options: {
      getConnInfo,
      rateLimitStore: new RedisRateLimitStore(redis),
      ...(cacheSettings.backend === 'redis' ? { suggestionCache: new RedisSuggestionCache(redis) } : {}),
    },
    description: `Redis at ${redisSettings.redacted}`,
    close: async () => {
      await redis.quit().catch(() => { redis.disconnect(); });
    },
  };
}
