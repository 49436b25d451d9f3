import {
  PROTOCOL_VERSION,
  PROTOCOL_VERSION_HEADER,
  SUGGEST_PATH,
} from '@logprob-autocomplete/protocol';
import type { NgramModel } from '@logprob-autocomplete/ngram';
import { createOpenAICompatibleApp } from '@logprob-autocomplete/ngram/openai';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { mount } from 'hono/mount';
import { corsAllowlist, parseAllowedOrigins, type AllowedOrigins } from './guards/cors-allowlist.js';
import { rateLimit, rateLimitFromEnv, type RateLimitOptions } from './guards/rate-limit.js';
import { openAIErrorShape } from './openai-error-shape.js';
import { resolveProviderConfig, type Env, type ProviderConfig } from '../upstream/provider-config.js';
import { createSuggestHandler } from './suggest-route.js';
import { createModelResolver, createUpstreamClient, type FetchHandler } from '../upstream/upstream-client.js';
import { memoizeRetrying } from '../upstream/memoize-retrying.js';
import { createModelWordContinuation, createWordContinuation } from '../upstream/word-continuation.js';

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
  /** Any other in-process OpenAI-compatible app to use instead of `model`'s. */
  embedded?: FetchHandler;
  /** `fetch` for remote upstreams; the runtime's by default. */
  fetch?: typeof fetch;
  /** Defaults to `ALLOWED_ORIGINS`, else same origin and localhost. */
  allowedOrigins?: AllowedOrigins;
  /** Defaults to `RATE_LIMIT_MAX`/`RATE_LIMIT_WINDOW_MS` with a memory store; `false` for none. */
  rateLimit?: RateLimitOptions | false;
  /** Largest request body, in bytes (default 256 KiB: the longest valid request is about 130 KB). */
  bodyLimitBytes?: number;
  /** Extend index 0's options to whole words; on by default for the embedded model only, where it costs no network. */
  extendWords?: boolean;
  /** Sees each upstream failure (for logging); its details never reach clients. */
  onUpstreamError?: (error: unknown) => void;
}

const JSON_ERROR = (code: string, message: string) => ({ error: { code, message } });

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
  // One load shared by the OpenAI-compatible app and word extension; a failed load is retried.
  const model = options.model;
  const getModel = model === undefined ? undefined : memoizeRetrying(() => (typeof model === 'function' ? model() : model));
  const embedded = options.embedded ?? (getModel ? createOpenAICompatibleApp({ model: getModel }) : undefined);
  const client = createUpstreamClient(config, { embedded, fetch: options.fetch });
  const resolveModel = createModelResolver(client, config.model);
  const extendWords = options.extendWords ?? config.kind === 'embedded';
  // Word extension asks for greedy continuations: straight from the embedded model when it is the
  // upstream (microseconds), otherwise through the same SDK client.
  const modelContinuation = getModel && !options.embedded && config.kind === 'embedded' ? createModelWordContinuation(getModel) : undefined;
  const continuation = !extendWords ? undefined
    : modelContinuation ? () => modelContinuation
    : (model: string, signal: AbortSignal) => createWordContinuation(client, model, signal);
  const limit = options.rateLimit ?? rateLimitFromEnv(env);
  const allowedOrigins = options.allowedOrigins ?? parseAllowedOrigins(typeof env.ALLOWED_ORIGINS === 'string' ? env.ALLOWED_ORIGINS : undefined);
  const app = new Hono();

  app.use('*', async (context, next) => {
    await next();
    context.res.headers.set(PROTOCOL_VERSION_HEADER, PROTOCOL_VERSION);
  });
  // Before every guard, so that their 403/413/429 reach OpenAI clients in OpenAI's shape.
  app.use('/openai/*', openAIErrorShape());
  app.use('*', corsAllowlist(allowedOrigins, [PROTOCOL_VERSION_HEADER, 'Retry-After']));
  if (limit) {
    const limiter = rateLimit(limit);
    app.use(SUGGEST_PATH, limiter);
    app.use('/openai/*', limiter);
  }
  const limitBody = bodyLimit({
    maxSize: options.bodyLimitBytes ?? 256 * 1024,
    onError: (context) => context.json(JSON_ERROR('payload_too_large', 'The request body is too large.'), 413),
  });
  app.use(SUGGEST_PATH, limitBody);
  app.use('/openai/*', limitBody);

  app.get('/healthz', (context) => context.json({ status: 'ok', provider: config.kind, mode: config.mode }));

  app.post(SUGGEST_PATH, createSuggestHandler({ client, config, resolveModel, continuation, onUpstreamError: options.onUpstreamError }));

  // The embedded app's routes are relative to its root; mount() strips the /openai prefix.
  if (embedded) app.all('/openai/*', mount((request: Request) => embedded.fetch(request)));

  app.notFound((context) => context.json(JSON_ERROR('not_found', 'No such route.'), 404));
  app.onError((_error, context) => context.json(JSON_ERROR('internal_error', 'Internal error.'), 500));
  return app;
}
