import { parseSuggestRequest, toSuggestErrorBody } from '@logprob-autocomplete/protocol';
import type { Handler } from 'hono';
import type { ProviderConfig } from '../upstream/provider-config.js';
import type { Upstream } from '../upstream/upstream.js';
import { EVENT_STREAM_HEADERS, toEventStream, toEventStreamText } from './event-stream-response.js';
import { readJsonBody } from './guards/read-json-body.js';
import { createRequestSignal } from './request-signal.js';
import { suggestEvents } from './suggest-events.js';
import { cachedSuggestionEvents, type CachedSuggestionOptions } from '../store/cached-suggestion-events.js';
import { isDeterministic, suggestionCacheKey } from '../store/suggestion-cache-key.js';

/**
 * What the suggest route needs.
 *
 * @example
 * const options: SuggestHandlerOptions = { upstream, config, extendWords: true };
 */
export interface SuggestHandlerOptions {
  upstream: Upstream;
  /** The models a request may name, and the time budget. */
  config: Pick<ProviderConfig, 'model' | 'allowedModels' | 'timeoutMs'>;
  /** Extend index 0's options to whole words with the upstream's own greedy continuation. */
  extendWords: boolean;
  onUpstreamError?: ((error: unknown) => void) | undefined;
  /** Keeps deterministic suggestions; `settings` are the server's, part of every key. */
  cache?: (CachedSuggestionOptions & { settings: Readonly<Record<string, unknown>> }) | undefined;
}

/**
 * `POST /v1/suggest`: validates the body (415/400 answers name the field and the reason), then
 * streams the suggestion under a signal that the client's hang-up and the time budget both abort.
 *
 * @example
 * app.post('/v1/suggest', createSuggestHandler({ upstream, config, extendWords: true }));
 */
export function createSuggestHandler(options: SuggestHandlerOptions): Handler {
  const { upstream, config } = options;
  return async (context) => {
    const startedAt = performance.now();
    const read = await readJsonBody(context);
    if (!read.ok) return context.json(read.rejection.body, read.rejection.status);
    const parsed = parseSuggestRequest(read.body);
    if (!parsed.success) return context.json(toSuggestErrorBody(parsed.issues), 400);
    const { request } = parsed;
    if (request.model !== undefined && request.model !== config.model && !config.allowedModels.includes(request.model)) {
      return context.json(toSuggestErrorBody([{ field: 'model', message: 'is not a model this server offers' }]), 400);
    }
    const run = createRequestSignal(context.req.raw.signal, config.timeoutMs);
    const produce = () => suggestEvents({
      upstream, request, startedAt,
      signal: run.signal,
      timedOut: run.timedOut,
      extendWords: options.extendWords,
      onUpstreamError: options.onUpstreamError,
    });
    // Cached only when the answer is fixed: greedy decoding and a model known by name (a server
    // left to pick its own model could change it between two requests).
    const { cache } = options;
    const model = request.model ?? config.model;
    const events = cache && model !== undefined && isDeterministic(request)
      ? cachedSuggestionEvents(cache, suggestionCacheKey({ model, settings: cache.settings, request }), startedAt, produce)
      : produce();
    // An upstream that has its whole answer at once (the embedded model, in well under a
    // millisecond) is sent whole: one write, no streamed body. Others stream.
    if (upstream.capabilities.answersWhole) return context.body(await toEventStreamText(events, { onDone: run.dispose }), 200, EVENT_STREAM_HEADERS);
    return context.body(toEventStream(events, { onCancel: run.abort, onDone: run.dispose }), 200, EVENT_STREAM_HEADERS);
  };
}
