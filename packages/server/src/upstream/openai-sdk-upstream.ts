import type OpenAI from 'openai';
import { normalizeChoiceLogprobs } from '../positions/normalize-choice-logprobs.js';
import { createModelResolver, createOpenAIClient } from './openai-client.js';
import { toChatParams, toCompletionParams } from './openai-params.js';
import type { ProviderCapabilities } from './provider-capabilities.js';
import type { ProviderConfig } from './provider-config.js';
import type { Upstream, UpstreamChunk } from './upstream.js';
import type { UpstreamRequest } from './upstream-request.js';

// The fields every chunk or answer shares, whichever endpoint it came from.
function toChunk(choice: { logprobs?: unknown; finish_reason?: string | null } | undefined, text: string | null | undefined, usage: OpenAI.CompletionUsage | null | undefined): UpstreamChunk {
  return {
    positions: normalizeChoiceLogprobs(choice?.logprobs),
    hasText: Boolean(text),
    finishReason: choice?.finish_reason ?? undefined,
    usage: usage ?? undefined,
  };
}

/**
 * Every remote provider (OpenAI, vLLM, llama.cpp, Ollama, ...) through the openai SDK, on the
 * endpoint and with the parameters its capabilities name. Breaking out of the iteration aborts
 * the request (the SDK aborts its stream on `return()`), and so does `signal`.
 *
 * @example
 * const upstream = new OpenAISdkUpstream(resolveProviderConfig({ OPENAI_API_KEY: key }));
 * for await (const chunk of upstream.read(request, signal)) console.log(chunk.positions);
 */
export class OpenAISdkUpstream implements Upstream {
  readonly capabilities: ProviderCapabilities;
  readonly #client: OpenAI;
  readonly #resolveModel: () => Promise<string>;

  constructor(config: ProviderConfig, options: { fetch?: typeof fetch | undefined } = {}) {
    this.capabilities = config.capabilities;
    this.#client = createOpenAIClient(config, options.fetch);
    this.#resolveModel = createModelResolver(this.#client, config.model);
  }

  read(request: UpstreamRequest, signal: AbortSignal): AsyncIterable<UpstreamChunk> {
    // The generator of the endpoint itself, not one wrapped around it: every generator layer
    // costs promises per chunk, and memory while a stream is open.
    const { endpoint, answersWhole } = this.capabilities;
    if (answersWhole) return this.#whole(request, signal);
    return endpoint === 'chat' ? this.#chatStream(request, signal) : this.#completionStream(request, signal);
  }

  #model(request: UpstreamRequest): Promise<string> | string {
    return request.model ?? this.#resolveModel();
  }

  async *#chatStream(request: UpstreamRequest, signal: AbortSignal): AsyncGenerator<UpstreamChunk> {
    const params = { ...toChatParams(request, this.capabilities, await this.#model(request)), stream: true as const, ...usageOption(request) };
    for await (const chunk of await this.#client.chat.completions.create(params, { signal })) {
      const choice = chunk.choices[0];
      yield toChunk(choice, choice?.delta.content, chunk.usage);
    }
  }

  async *#completionStream(request: UpstreamRequest, signal: AbortSignal): AsyncGenerator<UpstreamChunk> {
    const params = { ...toCompletionParams(request, this.capabilities, await this.#model(request)), stream: true as const, ...usageOption(request) };
    for await (const chunk of await this.#client.completions.create(params, { signal })) {
      const choice = chunk.choices[0];
      yield toChunk(choice, choice?.text, chunk.usage);
    }
  }

  async *#whole(request: UpstreamRequest, signal: AbortSignal): AsyncGenerator<UpstreamChunk> {
    const model = await this.#model(request);
    yield this.capabilities.endpoint === 'chat' ? await this.#chatWhole(request, model, signal) : await this.#completionWhole(request, model, signal);
  }

  async #chatWhole(request: UpstreamRequest, model: string, signal: AbortSignal): Promise<UpstreamChunk> {
    const completion = await this.#client.chat.completions.create(toChatParams(request, this.capabilities, model), { signal });
    const choice = completion.choices[0];
    return toChunk(choice, choice?.message.content, completion.usage);
  }

  async #completionWhole(request: UpstreamRequest, model: string, signal: AbortSignal): Promise<UpstreamChunk> {
    const completion = await this.#client.completions.create(toCompletionParams(request, this.capabilities, model), { signal });
    const choice = completion.choices[0];
    return toChunk(choice, choice?.text, completion.usage);
  }
}

function usageOption(request: UpstreamRequest): { stream_options?: { include_usage: true } } {
  return request.includeUsage ? { stream_options: { include_usage: true } } : {};
}
