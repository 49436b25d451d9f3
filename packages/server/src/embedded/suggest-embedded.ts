import type { NgramModel } from '@logprob-autocomplete/ngram';
import type { SuggestEvent, SuggestRequest } from '@logprob-autocomplete/protocol';
import { suggestEvents } from '../http/suggest-events.js';
import { EmbeddedUpstream } from '../upstream/embedded-upstream.js';
import { capabilitiesFor } from '../upstream/provider-capabilities.js';

/**
 * What one in-process suggestion needs: a request already validated by `parseSuggestRequest`,
 * a loaded model, and a signal that stops the generation.
 *
 * @example
 * const options: SuggestEmbeddedOptions = { model, request, signal: controller.signal };
 */
export interface SuggestEmbeddedOptions {
  model: NgramModel;
  request: SuggestRequest;
  signal: AbortSignal;
  /** Extend index 0's options to whole words, as the server does for the embedded model (default true). */
  extendWords?: boolean | undefined;
  /** The model id requests may name; the embedded model's own when not set. */
  modelId?: string | undefined;
}

// The same capabilities the server gives the embedded provider in chat mode (its default).
const CAPABILITIES = capabilitiesFor('embedded', 'chat');

/**
 * One suggestion from a loaded n-gram model as protocol events, through the very pipeline the
 * server's `POST /v1/suggest` runs for the embedded provider (`EmbeddedUpstream`, word
 * continuation, ranking): no HTTP, no Hono, no Node APIs, so it runs in a browser Web Worker.
 *
 * @example
 * const parsed = parseSuggestRequest(body);
 * if (parsed.success) for await (const event of suggestEmbedded({ model, request: parsed.request, signal })) post(event);
 */
export function suggestEmbedded(options: SuggestEmbeddedOptions): AsyncGenerator<SuggestEvent> {
  const { model, request, signal } = options;
  const upstream = new EmbeddedUpstream(() => Promise.resolve(model), { capabilities: CAPABILITIES, modelId: options.modelId });
  return suggestEvents({
    upstream,
    request,
    signal,
    // No time budget in process: the caller's abort is the only way to stop early.
    timedOut: () => false,
    startedAt: performance.now(),
    extendWords: options.extendWords ?? CAPABILITIES.extendsWords,
  });
}
