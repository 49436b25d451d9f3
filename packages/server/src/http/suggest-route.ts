import { parseSuggestRequest, toSuggestErrorBody, type SuggestEvent } from '@logprob-autocomplete/protocol';
import type { Handler } from 'hono';
import type OpenAI from 'openai';
import { EVENT_STREAM_HEADERS, toEventStream, toEventStreamText } from './event-stream-response.js';
import { readJsonBody } from './guards/read-json-body.js';
import type { ProviderConfig } from '../upstream/provider-config.js';
import { createRequestSignal } from './request-signal.js';
import { suggestEvents } from './suggest-events.js';
import { cachedSuggestionEvents, type CachedSuggestionOptions } from '../store/cached-suggestion-events.js';
import { isDeterministic, suggestionCacheKey } from '../store/suggestion-cache-key.js';
import { toUpstreamErrorEvent } from '../upstream/upstream-error.js';
import type { ContinueText } from '../positions/word-extension.js';

export interface SuggestHandlerOptions {
  client: OpenAI;
  config: ProviderConfig;
  resolveModel: () => Promise<string>;
  /** Makes the greedy continuation used to extend options to whole words; none turns that off. */
  continuation?: ((model: string, signal: AbortSignal) => ContinueText) | undefined;
  onUpstreamError?: ((error: unknown) => void) | undefined;
  /** Keeps deterministic suggestions; `settings` are the server's, part of every key. */
  cache?: (CachedSuggestionOptions & { settings: Readonly<Record<string, unknown>> }) | undefined;
}

/**
 * `POST /v1/suggest`: validates the body (415/400 answers name the field and the reason), then
 * streams the suggestion under a signal that the client's hang-up and the time budget both abort.
 *
 * @example
 * app.post('/v1/suggest', createSuggestHandler({ client, config, resolveModel }));
 */
export function createSuggestHandler(options: SuggestHandlerOptions): Handler {
  const { client, config } = options;
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
    async function* events(): AsyncGenerator<SuggestEvent> {
      let model: string;
      try {
        model = request.model ?? (await options.resolveModel());
      } catch (error) {
        options.onUpstreamError?.(error);
        yield { type: 'error', data: toUpstreamErrorEvent(error, run.timedOut()) };
        return;
      }
      const produce = () => suggestEvents({
        client, config, model, request, startedAt,
        signal: run.signal,
        timedOut: run.timedOut,
        continueText: options.continuation?.(model, run.signal),
        onUpstreamError: options.onUpstreamError,
      });
      const { cache } = options;
      if (!cache || !isDeterministic(request)) {
        yield* produce();
        return;
      }
      yield* cachedSuggestionEvents(cache, await suggestionCacheKey({ model, settings: cache.settings, request }), startedAt, produce);
    }
    // The embedded model answers in one piece before its first event could go out, so its
    // suggestion is sent whole: one write, no streamed body. Remote upstreams stream.
    if (config.kind === 'embedded') return context.body(await toEventStreamText(events(), { onDone: run.dispose }), 200, EVENT_STREAM_HEADERS);
    return context.body(toEventStream(events(), { onCancel: run.abort, onDone: run.dispose }), 200, EVENT_STREAM_HEADERS);
  };
}
