import { EMBEDDED_MODEL_ID, type DocumentCache, type GeneratedToken, type NgramModel } from '@logprob-autocomplete/ngram';
import { cleanLogprob, type UpstreamPosition } from '../positions/upstream-position.js';
import type { ProviderCapabilities } from './provider-capabilities.js';
import type { Upstream, UpstreamChunk } from './upstream.js';
import { UpstreamFailure } from './upstream-error.js';
import type { RequestDocument, UpstreamRequest } from './upstream-request.js';

/**
 * The one call into the model: every suggestion and word continuation of the embedded model
 * comes from here, adapted to the request's document (`cache`: names and phrases written before
 * or after the caret become likely). The model's `stream` is lazy: a reader that stops early (a
 * whole word found, `max_tokens` positions sent) stops the computing too.
 */
function continueText(model: NgramModel, request: UpstreamRequest, cache: DocumentCache): Iterable<GeneratedToken> {
  return model.stream(request.text, { maxTokens: request.maxTokens, temperature: request.temperature, topLogprobs: request.topLogprobs, document: cache });
}

function toPosition(token: GeneratedToken): UpstreamPosition {
  return {
    bytes: token.bytes,
    logprob: cleanLogprob(token.logprob),
    alternatives: token.topLogprobs.map((top) => ({ bytes: top.bytes, logprob: cleanLogprob(top.logprob) })),
  };
}

/**
 * The embedded n-gram model, called in process: no HTTP, no JSON, no SDK. A suggestion costs a
 * few next-token queries, so a round trip through the OpenAI-compatible app (which stays mounted
 * at `/openai/v1` for other clients) would cost more than the model itself.
 *
 * @example
 * const upstream = new EmbeddedUpstream(memoizeRetrying(loadDefaultModel), { capabilities: capabilitiesFor('embedded', 'chat') });
 */
export class EmbeddedUpstream implements Upstream {
  readonly capabilities: ProviderCapabilities;
  readonly #getModel: () => Promise<NgramModel>;
  readonly #modelId: string;
  // One cache per request document, shared by the suggestion and its word continuations, and
  // dropped with the request.
  readonly #caches = new WeakMap<RequestDocument, DocumentCache>();

  constructor(getModel: () => Promise<NgramModel>, options: { capabilities: ProviderCapabilities; modelId?: string | undefined }) {
    this.capabilities = options.capabilities;
    this.#getModel = getModel;
    this.#modelId = options.modelId ?? EMBEDDED_MODEL_ID;
  }

  async *read(request: UpstreamRequest, signal: AbortSignal): AsyncGenerator<UpstreamChunk> {
    if (request.model !== undefined && request.model !== this.#modelId) throw new UpstreamFailure('model_not_found');
    const model = await this.#getModel();
    signal.throwIfAborted();
    // The prompt is counted only for a suggestion's `end` event, once.
    const promptTokens = request.includeUsage ? model.encode(request.text).length : 0;
    let generated = 0;
    for (const token of continueText(model, request, this.#documentCache(model, request))) {
      generated++;
      yield {
        positions: [toPosition(token)],
        hasText: true,
        finishReason: generated === request.maxTokens ? 'length' : undefined,
        usage: request.includeUsage ? { prompt_tokens: promptTokens, completion_tokens: generated, total_tokens: promptTokens + generated } : undefined,
      };
      signal.throwIfAborted();
    }
  }

  #documentCache(model: NgramModel, request: UpstreamRequest): DocumentCache {
    const document = request.document;
    if (!document) return model.documentCache(request.text, request.after ?? '');
    let cache = this.#caches.get(document);
    if (!cache) {
      cache = model.documentCache(document.before, document.after ?? '');
      this.#caches.set(document, cache);
    }
    return cache;
  }
}
