// Cloudflare Workers entry. Needs the `enable_request_signal` compatibility flag, so that a
// client hanging up aborts the upstream request, and a `Data` module rule for *.bin.
import { loadModel } from '@logprob-autocomplete/ngram';
import modelBytes from '@logprob-autocomplete/ngram/model.bin';
import type { ExecutionContext } from 'hono';
import type { GetConnInfo } from 'hono/conninfo';
import { createSuggestApp } from '../http/create-suggest-app.js';
import { CacheApiSuggestionCache, type CacheLike } from '../store/cache-api-suggestion-cache.js';
import { DurableObjectRateLimitStore, type DurableObjectNamespaceLike } from '../store/durable-object-rate-limit-store.js';
import { readSuggestionCacheSettings } from '../store/suggestion-cache-settings.js';

export { RateLimitCounter } from '../store/durable-object-rate-limit-store.js';

/**
 * The client on Workers is the address Cloudflare itself puts in `CF-Connecting-IP` (it replaces
 * any value a client sends); no other header is read, whatever `TRUST_PROXY` says.
 *
 * @example
 * createSuggestApp({ env, getConnInfo: cloudflareConnInfo });
 */
export const cloudflareConnInfo: GetConnInfo = (context) => ({ remote: { address: context.req.header('cf-connecting-ip') } });

let app: ReturnType<typeof createSuggestApp> | undefined;

function build(env: Record<string, unknown>): ReturnType<typeof createSuggestApp> {
  const limiter = env.RATE_LIMITER as DurableObjectNamespaceLike | undefined;
  // The Workers runtime's `caches` has a `default` cache that the DOM typings do not know.
  const cacheStorage = (globalThis as { caches?: { default?: CacheLike } }).caches;
  const useCacheApi = readSuggestionCacheSettings(env).backend === 'workers' && cacheStorage?.default !== undefined;
  return createSuggestApp({
    // Proxy headers are Cloudflare's to set here: TRUST_PROXY does not apply on Workers.
    env: { ...env, TRUST_PROXY: undefined },
    model: () => loadModel(new Uint8Array(modelBytes)),
    getConnInfo: cloudflareConnInfo,
    ...(limiter ? { rateLimitStore: new DurableObjectRateLimitStore(limiter) } : {}),
    ...(useCacheApi && cacheStorage.default ? { suggestionCache: new CacheApiSuggestionCache(cacheStorage.default) } : {}),
  });
}

/**
 * `{ fetch }` for Workers. Bindings are only known per request, so the app is built on the first
 * one; the model is parsed on first use, which keeps startup well under Workers' 1 s budget. With
 * a `RATE_LIMITER` Durable Object binding the rate limit holds across isolates and locations;
 * `SUGGEST_CACHE=workers` keeps deterministic suggestions in the Cache API.
 *
 * @example
 * // wrangler.jsonc: { "main": "src/runtimes/worker.ts", "compatibility_flags": ["enable_request_signal"] }
 */
export default {
  fetch(request: Request, env: Record<string, unknown>, context: ExecutionContext): Response | Promise<Response> {
    app ??= build(env);
    return app.fetch(request, env, context);
  },
};
