import type { UpstreamPosition } from '../positions/upstream-position.js';
import type { ProviderCapabilities } from './provider-capabilities.js';
import type { UpstreamRequest } from './upstream-request.js';

/** Tokens counted by the upstream, OpenAI's `usage`. */
export interface UpstreamUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** What one upstream chunk contributes: zero or more positions, and what the upstream said about the run. */
export interface UpstreamChunk {
  positions: UpstreamPosition[];
  /** Whether the chunk carried generated text (to tell "no logprobs" from "nothing yet"). */
  hasText: boolean;
  finishReason: string | undefined;
  /** Usage so far, when the request asked for it and the upstream told. */
  usage: UpstreamUsage | undefined;
}

/**
 * A model that continues text: read a request, yield positions, stop when `signal` aborts or the
 * reader stops reading. Two implementations: `OpenAISdkUpstream` (every remote provider, through
 * the openai SDK) and `EmbeddedUpstream` (the n-gram model, called in process). Suggestions and
 * word continuations both go through it.
 *
 * @example
 * for await (const chunk of upstream.read(toUpstreamRequest(request, upstream.capabilities), signal)) console.log(chunk.positions);
 */
export interface Upstream {
  /** How this provider differs from the others; the pipeline reads only this. */
  readonly capabilities: ProviderCapabilities;
  /**
   * Continues `request.text`. Breaking out of the iteration, or aborting `signal`, stops the
   * upstream's work (a remote request is aborted). Failures are thrown, to be classified by
   * `toUpstreamErrorEvent`.
   */
  read(request: UpstreamRequest, signal: AbortSignal): AsyncIterable<UpstreamChunk>;
}
