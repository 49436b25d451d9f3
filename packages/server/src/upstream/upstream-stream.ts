import type { SuggestRequest } from '@logprob-autocomplete/protocol';
import type OpenAI from 'openai';
import { normalizeChoiceLogprobs } from '../positions/normalize-choice-logprobs.js';
import type { ProviderConfig } from './provider-config.js';
import { toChatParams, toCompletionParams } from './upstream-request.js';
import type { UpstreamPosition } from '../positions/upstream-position.js';

/** What one upstream chunk contributes, whatever the endpoint: chunks may carry zero or many positions. */
export interface UpstreamChunk {
  positions: UpstreamPosition[];
  /** Whether the chunk carried generated text (to tell "no logprobs" from "nothing yet"). */
  hasText: boolean;
  finishReason: string | undefined;
  usage: OpenAI.CompletionUsage | undefined;
}

/**
 * Reads one suggestion from the upstream through the openai SDK, in chat or completions mode:
 * streamed from a remote upstream, in one answer from the in-process embedded model.
 * Breaking out of the iteration aborts the upstream request (the SDK aborts on `return()`), and
 * so does `signal`.
 *
 * @example
 * for await (const chunk of readUpstream(client, config, 'gpt-4.1-mini', request, signal)) console.log(chunk.positions);
 */
export async function* readUpstream(
  client: OpenAI,
  config: ProviderConfig,
  model: string,
  request: SuggestRequest,
  signal: AbortSignal,
): AsyncGenerator<UpstreamChunk> {
  if (config.kind === 'embedded') {
    yield await readWhole(client, config, model, request, signal);
    return;
  }
  if (config.mode === 'chat') {
    const stream = await client.chat.completions.create(toChatParams(request, config, model), { signal });
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      yield {
        positions: normalizeChoiceLogprobs(choice?.logprobs),
        hasText: Boolean(choice?.delta.content),
        finishReason: choice?.finish_reason ?? undefined,
        usage: chunk.usage ?? undefined,
      };
    }
    return;
  }
  const stream = await client.completions.create(toCompletionParams(request, config, model), { signal });
  for await (const chunk of stream) {
    const choice = chunk.choices[0];
    yield {
      positions: normalizeChoiceLogprobs(choice?.logprobs),
      hasText: Boolean(choice?.text),
      finishReason: choice?.finish_reason ?? undefined,
      usage: chunk.usage ?? undefined,
    };
  }
}

/**
 * The in-process model computes a whole answer in well under a millisecond, so streaming it only
 * adds per-token SSE encoding, SSE parsing and web-stream hops: in a profile those cost more than
 * the model itself. It answers once, through the same SDK call and the same normaliser.
 */
async function readWhole(
  client: OpenAI,
  config: ProviderConfig,
  model: string,
  request: SuggestRequest,
  signal: AbortSignal,
): Promise<UpstreamChunk> {
  if (config.mode === 'chat') {
    const { stream_options: _streamOptions, ...params } = toChatParams(request, config, model);
    const completion = await client.chat.completions.create({ ...params, stream: false }, { signal });
    const choice = completion.choices[0];
    return {
      positions: normalizeChoiceLogprobs(choice?.logprobs),
      hasText: Boolean(choice?.message.content),
      finishReason: choice?.finish_reason,
      usage: completion.usage,
    };
  }
  const { stream_options: _streamOptions, ...params } = toCompletionParams(request, config, model);
  const completion = await client.completions.create({ ...params, stream: false }, { signal });
  const choice = completion.choices[0];
  return {
    positions: normalizeChoiceLogprobs(choice?.logprobs),
    hasText: Boolean(choice?.text),
    finishReason: choice?.finish_reason,
    usage: completion.usage,
  };
}
