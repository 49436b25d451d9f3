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
import { rateLimit, rateLimitFromEnv, type RateLimitOptions } from './guards/rate-limit.js';
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
  const allowedOrigins = options.allowedOrigins ?? parseAllowedOrigins(typeof env.ALLOWED_ORIGINS === 'string' ? env.ALLOWED_ORIGINS : undefined);
  const app = new Hono();

  app.use('*', async (context, next) => {
    await next();
    context.res.headers.set(PROTOCOL_VERSION_HEADER, PROTOCOL_VERSION);
  });
  app.use('*', corsAllowlist(allowedOrigins, [PROTOCOL_VERSION_HEADER, 'Retry-After']));
  if (limit) {
    const limiter = rateLimit(limit);
    app.use(SUGGEST_PATH, limiter);
    app.use('/openai/*', limiter);
  }
  const limitBodySize = limitBody(options.bodyLimitBytes ?? 256 * 1024);
  app.use(SUGGEST_PATH, limitBodySize);
  app.use('/openai/*', limitBodySize);

  app.get('/healthz', (context) => context.json({ status: 'ok', provider: config.kind, mode: config.mode }));

  app.post(SUGGEST_PATH, createSuggestHandler({ upstream, config, extendWords, onUpstreamError: options.onUpstreamError }));

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
