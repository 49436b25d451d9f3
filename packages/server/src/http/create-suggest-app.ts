import {
  HTTP_ERROR_STATUS,
  PROTOCOL_VERSION,
  PROTOCOL_VERSION_HEADER,
  SUGGEST_PATH,
  toErrorBody,
} from '@logprob-autocomplete/protocol';
import type { NgramModel } from '@logprob-autocomplete/ngram';
import { createOpenAICompatibleApp } from '@logprob-autocomplete/ngram/openai';
import { Hono } from 'hono';
import { mount } from 'hono/mount';
import { limitBody } from './guards/limit-body.js';
import { corsAllowlist, parseAllowedOrigins, type AllowedOrigins } from './guards/cors-allowlist.js';
import type { GetConnInfo } from 'hono/conninfo';
import { createClientIdentity } from './guards/client-identity.js';
import { rateLimit, rateLimitFromEnv, type RateLimitOptions } from './guards/rate-limit.js';
import { openAIErrorShape } from './openai-error-shape.js';
import { parseTrustProxy } from './guards/trust-proxy.js';
import { FailoverRateLimitStore } from '../store/failover-rate-limit-store.js';
import { MemoryRateLimitStore } from '../store/memory-rate-limit-store.js';
import type { RateLimitStore } from '../store/rate-limit-store.js';
import type { SuggestionCacheStats } from '../store/cached-suggestion-events.js';
import { MemorySuggestionCache, type SuggestionCache } from '../store/suggestion-cache.js';
import { readSuggestionCacheSettings, SuggestionCacheConfigError } from '../store/suggestion-cache-settings.js';
import { resolveProviderConfig, type Env, type ProviderConfig } from '../upstream/provider-config.js';
import { createUpstream } from '../upstream/create-upstream.js';
import { memoizeRetrying } from '../upstream/memoize-retrying.js';
import type { Upstream } from '../upstream/upstream.js';
import { createSuggestHandler } from './suggest-route.js';

/**
 * Options of {@link createSuggestApp}; all optional.
 *
 * @example
 * const options: SuggestAppOptions = { env: process.env, model: loadDefaultModel };
 */
export interface SuggestAppOptions {
  /** Variables (`process.env`, a Worker's bindings); see the README for the list. */
  env?: Env;
  /** Overrides the provider read from `env`. */
  provider?: ProviderConfig;
  /**
   * The embedded model, or a loader run on first use (so startup stays fast): served as an
   * OpenAI-compatible app at `/openai/v1` and, with no upstream configured, called in process.
   */
  model?: NgramModel | (() => NgramModel | Promise<NgramModel>);
  /** Any other implementation of the `Upstream` interface, instead of the one the provider names. */
  upstream?: Upstream;
  /** `fetch` for remote upstreams; the runtime's by default. */
  fetch?: typeof fetch;
  /** Defaults to `ALLOWED_ORIGINS`, else same origin and localhost. */
  allowedOrigins?: AllowedOrigins;
  /** Defaults to `RATE_LIMIT_MAX`/`RATE_LIMIT_WINDOW_MS` with a memory store; `false` for none. */
  rateLimit?: RateLimitOptions | false;
  /**
   * The client's address from the runtime itself (`@hono/node-server/conninfo`, `hono/deno`,
   * `hono/bun`, Cloudflare's `cf-connecting-ip`); each runtime entry passes its own. Proxy headers
   * count only as `TRUST_PROXY` allows. Without it, all clients share one rate-limit bucket.
   */
  getConnInfo?: GetConnInfo;
  /**
   * A store shared by instances (Redis, a Durable Object) for the rate limit. Should it fail or
   * time out, requests are counted in this process instead until it answers again.
   */
  rateLimitStore?: RateLimitStore;
  /**
   * Where deterministic suggestions (temperature 0) are kept; defaults to `SUGGEST_CACHE`
   * (`memory`, or off). Runtime entries pass Redis or the Workers Cache API; `false` for none.
   */
  suggestionCache?: SuggestionCache | false;
  /** Counts the cache's hits, misses and errors into this object (for benchmarks and metrics). */
  suggestionCacheStats?: SuggestionCacheStats;
  /** Sees each failure of a shared store (for logging); requests go on regardless. */
  onStoreError?: (error: unknown) => void;
  /** Largest request body, in bytes (default 256 KiB: the longest valid request is about 130 KB). */
  bodyLimitBytes?: number;
  /** Extend index 0's options to whole words; by default where the provider's capabilities say it is cheap (the embedded model). */
  extendWords?: boolean;
  /** Sees each upstream failure (for logging); its details never reach clients. */
  onUpstreamError?: (error: unknown) => void;
}

/**
 * The suggest function as one runtime-agnostic Hono app: `POST /v1/suggest` (an SSE stream of
 * ranked next tokens), `GET /healthz`, and the embedded model's OpenAI API at `/openai/v1`.
 *
 * @example
 * const app = createSuggestApp({ env: process.env, model: loadDefaultModel });
 * serve({ fetch: app.fetch, port: 8787 });
 */
export function createSuggestApp(options: SuggestAppOptions = {}): Hono {
  const env = options.env ?? {};
  const config = options.provider ?? resolveProviderConfig(env);
  // One load shared by the OpenAI-compatible app and the embedded upstream; a failed load is retried.
  const model = options.model;
  const getModel = model === undefined ? undefined : memoizeRetrying(() => (typeof model === 'function' ? model() : model));
  const upstream = options.upstream ?? createUpstream(config, { model: getModel, fetch: options.fetch });
  const extendWords = options.extendWords ?? upstream.capabilities.extendsWords;
  const limit = options.rateLimit ?? rateLimitFromEnv(env);
  const clientKey = createClientIdentity({ getConnInfo: options.getConnInfo, trust: parseTrustProxy(env) });
  const sharedStore = options.rateLimitStore;
  const store = sharedStore ? new FailoverRateLimitStore(sharedStore, new MemoryRateLimitStore(), { onFailure: options.onStoreError }) : undefined;
  const allowedOrigins = options.allowedOrigins ?? parseAllowedOrigins(typeof env.ALLOWED_ORIGINS === 'string' ? env.ALLOWED_ORIGINS : undefined);
  const cacheSettings = readSuggestionCacheSettings(env);
  const suggestionCache = options.suggestionCache ?? defaultSuggestionCache(cacheSettings);
  const cache = suggestionCache ? {
    cache: suggestionCache,
    ttlMs: cacheSettings.ttlMs,
    stats: options.suggestionCacheStats,
    onError: options.onStoreError,
    // Every setting that shapes an answer; the key is never the secret.
    settings: { ...config, apiKey: undefined, capabilities: upstream.capabilities, extendWords },
  } : undefined;
  const app = new Hono();

  app.use('*', async (context, next) => {
    await next();
    context.res.headers.set(PROTOCOL_VERSION_HEADER, PROTOCOL_VERSION);
  });
  // Before every guard, so that their 403/413/429 reach OpenAI clients in OpenAI's shape.
  app.use('/openai/*', openAIErrorShape());
  app.use('*', corsAllowlist(allowedOrigins, [PROTOCOL_VERSION_HEADER, 'Retry-After']));
  if (limit) {
    const limiter = rateLimit({ key: clientKey, ...(store ? { store } : {}), ...limit });
    app.use(SUGGEST_PATH, limiter);
    app.use('/openai/*', limiter);
  }
  const limitBodySize = limitBody(options.bodyLimitBytes ?? 256 * 1024);
  app.use(SUGGEST_PATH, limitBodySize);
  app.use('/openai/*', limitBodySize);

  app.get('/healthz', (context) => context.json({ status: 'ok', provider: config.kind, mode: config.mode }));

  app.post(SUGGEST_PATH, createSuggestHandler({ upstream, config, extendWords, onUpstreamError: options.onUpstreamError, cache }));

  // The embedded model's OpenAI API, for other clients (the suggest route calls the model
  // directly). Its routes are relative to its root; mount() strips the /openai prefix.
  if (getModel) {
    const openai = createOpenAICompatibleApp({ model: getModel });
    app.all('/openai/*', mount((request: Request) => openai.fetch(request)));
  }

  app.notFound((context) => context.json(toErrorBody('not_found', 'No such route.'), HTTP_ERROR_STATUS.not_found));
  app.onError((_error, context) => context.json(toErrorBody('internal_error', 'Internal error.'), HTTP_ERROR_STATUS.internal_error));
  return app;
}

function defaultSuggestionCache(settings: ReturnType<typeof readSuggestionCacheSettings>): SuggestionCache | false {
  if (settings.backend === 'off') return false;
  if (settings.backend === 'memory') return new MemorySuggestionCache({ maxEntries: settings.maxEntries });
  // Redis and the Cache API are runtime-specific: the Node and Workers entries build them.
  throw new SuggestionCacheConfigError(`SUGGEST_CACHE=${settings.backend} is built by the ${settings.backend === 'redis' ? 'Node' : 'Workers'} entry; pass suggestionCache to createSuggestApp when calling it yourself`);
}
