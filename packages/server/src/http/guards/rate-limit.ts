import { toErrorBody } from '@logprob-autocomplete/protocol';
import type { Context, MiddlewareHandler } from 'hono';
import { MemoryRateLimitStore } from '../../store/memory-rate-limit-store.js';
import type { RateLimitStore } from '../../store/rate-limit-store.js';
import { UNKNOWN_CLIENT } from './client-identity.js';

export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  limit: number;
  windowMs: number;
  store?: RateLimitStore;
  /** The client's bucket; see `createClientIdentity`. Without it every client shares one. */
  key?: (context: Context) => string;
}

/**
 * Per-client rate limit: past `limit` requests in a window, a 429 with `Retry-After` (seconds)
 * and a JSON error body, before any upstream work is done.
 *
 * @example
 * app.use('/v1/suggest', rateLimit({ limit: 120, windowMs: 60_000 }));
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const store = options.store ?? new MemoryRateLimitStore();
  const key = options.key ?? (() => UNKNOWN_CLIENT);
  return async (context, next) => {
    if (context.req.method === 'OPTIONS') {
      await next();
      return;
    }
    const now = Date.now();
    const { count, resetAt } = await store.hit(key(context), options.windowMs, now);
    if (count > options.limit) {
      const retryAfter = Math.max(1, Math.ceil((resetAt - now) / 1000));
      return context.json(
        toErrorBody('rate_limited', `Too many requests; retry after ${retryAfter} s.`),
        429,
        { 'Retry-After': String(retryAfter) },
      );
    }
    await next();
    return;
  };
}

/**
 * Reads `RATE_LIMIT_MAX` (requests per window, default 120; 0 turns the limit off) and
 * `RATE_LIMIT_WINDOW_MS` (default 60000). 120 a minute is two a second sustained: more than
 * debounced typing needs, far less than a script hammering the upstream bill.
 *
 * @example
 * rateLimitFromEnv({ RATE_LIMIT_MAX: '30' }); // { limit: 30, windowMs: 60000 }
 */
export function rateLimitFromEnv(env: Readonly<Record<string, unknown>>): RateLimitOptions | false {
  const read = (name: string, fallback: number): number => {
    const value = env[name];
    if (typeof value !== 'string' || value.trim() === '') return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
    return number;
  };
  const limit = read('RATE_LIMIT_MAX', 120);
  return limit === 0 ? false : { limit, windowMs: Math.max(1, read('RATE_LIMIT_WINDOW_MS', 60_000)) };
}
