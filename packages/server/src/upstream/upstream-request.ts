import type { SuggestRequest } from '@logprob-autocomplete/protocol';
import type { ProviderCapabilities } from './provider-capabilities.js';

/**
 * The document one suggestion request is about: the text before and after the caret. One object
 * per request, shared by the suggestion and its word continuations, so that an upstream that
 * derives something from the document (the embedded model's document cache) derives it once.
 *
 * @example
 * const document: RequestDocument = { before: 'Captain Zorbatek sailed. Then Captain Zor', after: undefined };
 */
export interface RequestDocument {
  readonly before: string;
  readonly after: string | undefined;
}

/**
 * What an upstream is asked for: plain numbers, already adjusted to the provider, so that an
 * implementation only has to translate them.
 *
 * @example
 * const request: UpstreamRequest = { text: 'We the Peo', maxTokens: 10, topLogprobs: 8, temperature: 0, includeUsage: true };
 */
export interface UpstreamRequest {
  /** Model id; `undefined` is the provider's own (the configured one, or the first a server lists). */
  model?: string | undefined;
  /** The text before the caret: the continuation starts where it stops. */
  text: string;
  /** The text after the caret, as context; an upstream that cannot use it ignores it. */
  after?: string | undefined;
  /** Positions to generate at most. */
  maxTokens: number;
  /** Alternatives per position. */
  topLogprobs: number;
  temperature: number;
  /** Report token usage (a suggestion's `end` event does; a word continuation need not pay for it). */
  includeUsage: boolean;
  /** The suggestion request's document; absent, the request is its own (`text` before, `after` after). */
  document?: RequestDocument | undefined;
}

// Alternatives the relay may drop (pieces of a character, duplicates after trimming) are paid for
// with a few more, so the client still gets the number it asked for.
const SLACK_ALTERNATIVES = 3;

/**
 * The upstream request for a suggestion: the provider's slack added to `max_tokens` and
 * `top_logprobs`, alternatives clamped to what the provider accepts, greedy unless asked.
 *
 * @example
 * toUpstreamRequest({ text: 'We the Peo', top_logprobs: 5, max_tokens: 8 }, capabilities); // { maxTokens: 12, topLogprobs: 8, ... }
 */
export function toUpstreamRequest(request: SuggestRequest, capabilities: ProviderCapabilities): UpstreamRequest {
  return {
    model: request.model,
    text: request.text,
    after: request.after,
    maxTokens: request.max_tokens + capabilities.slackTokens,
    topLogprobs: Math.min(request.top_logprobs + SLACK_ALTERNATIVES, capabilities.maxTopLogprobs),
    // Greedy by default: the suggestion is the most likely path, and repeat requests agree.
    temperature: request.temperature ?? 0,
    includeUsage: true,
    document: { before: request.text, after: request.after },
  };
}
