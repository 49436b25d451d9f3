/** Where suggestions are cached: nowhere, this process, Redis (Node), or the Workers Cache API. */
export const SUGGESTION_CACHE_BACKENDS = ['off', 'memory', 'redis', 'workers'] as const;
export type SuggestionCacheBackend = (typeof SUGGESTION_CACHE_BACKENDS)[number];

export interface SuggestionCacheSettings {
  backend: SuggestionCacheBackend;
  ttlMs: number;
  /** Most entries the memory cache holds. */
  maxEntries: number;
}

/** Thrown at startup for a cache variable that cannot be used, naming it. */
export class SuggestionCacheConfigError extends Error {
  override name = 'SuggestionCacheConfigError';
}

function readInteger(env: Readonly<Record<string, unknown>>, name: string, fallback: number, max: number): number {
  const value = env[name];
  if (typeof value !== 'string' || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max) throw new SuggestionCacheConfigError(`${name} must be an integer from 1 to ${String(max)}, got "${value}"`);
  return number;
}

/**
 * Reads `SUGGEST_CACHE` (`off` by default, `memory`, `redis` with `REDIS_URL`, or `workers`),
 * `SUGGEST_CACHE_TTL_SECONDS` (default 600) and `SUGGEST_CACHE_MAX_ENTRIES` (memory, default
 * 10000). Only deterministic requests (temperature 0) are ever cached.
 *
 * @example
 * readSuggestionCacheSettings({ SUGGEST_CACHE: 'memory' }); // { backend: 'memory', ttlMs: 600000, maxEntries: 10000 }
 */
export function readSuggestionCacheSettings(env: Readonly<Record<string, unknown>>): SuggestionCacheSettings {
  const raw = typeof env.SUGGEST_CACHE === 'string' ? env.SUGGEST_CACHE.trim().toLowerCase() : '';
  const backend = (raw || 'off') as SuggestionCacheBackend;
  if (!SUGGESTION_CACHE_BACKENDS.includes(backend)) throw new SuggestionCacheConfigError(`SUGGEST_CACHE must be one of ${SUGGESTION_CACHE_BACKENDS.join(', ')}, got "${raw}"`);
  return {
    backend,
    ttlMs: readInteger(env, 'SUGGEST_CACHE_TTL_SECONDS', 600, 86_400 * 30) * 1000,
    maxEntries: readInteger(env, 'SUGGEST_CACHE_MAX_ENTRIES', 10_000, 10_000_000),
  };
}
