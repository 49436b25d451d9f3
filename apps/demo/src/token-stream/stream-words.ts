import type { EndEventData } from '@logprob-autocomplete/protocol';

const tokensWord = (count: number): string => `${count} ${count === 1 ? 'token' : 'tokens'}`;

// Finish reasons in plain words: why the stream stopped where it did.
const WHY: Record<EndEventData['finish_reason'], string> = {
  length: 'the max_tokens setting',
  stop: 'the model reached a natural end',
  content_filter: "the provider's content filter",
  abort: 'the request was stopped',
};

/**
 * One sentence for the end of a stream, without API jargon.
 *
 * @example
 * describeStreamEnd(4, { finish_reason: 'length', timings: { first_token_ms: 12, total_ms: 30 }, usage });
 * // 'Stopped after 4 tokens (the max_tokens setting). First token after 12 ms, all after 30 ms.'
 */
export function describeStreamEnd(count: number, end: Pick<EndEventData, 'finish_reason' | 'timings'>): string {
  const { first_token_ms: first, total_ms: total } = end.timings;
  return `Stopped after ${tokensWord(count)} (${WHY[end.finish_reason]}). First token after ${Math.round(first)} ms, all after ${Math.round(total)} ms.`;
}

/**
 * One sentence for a stream still arriving.
 *
 * @example
 * describeStreaming(1); // 'Streaming: 1 token so far…'
 */
export function describeStreaming(count: number): string {
  return count === 0 ? 'Waiting for the first token…' : `Streaming: ${tokensWord(count)} so far…`;
}

/**
 * Why the list closed, from `logprob-dismiss`'s `reason`.
 *
 * @example
 * DISMISS_WORDS[event.detail.reason]; // 'List closed: you pressed Escape. …'
 */
export const DISMISS_WORDS = {
  escape: 'List closed: you pressed Escape. Type to get new suggestions.',
  blur: 'List closed: the field lost focus.',
  stale: 'List closed: the text no longer matches what was suggested. A new request follows.',
  quiet: 'List closed: nothing here is likely enough to show by itself. Ctrl+Space shows it anyway.',
} as const;

/** A failed suggest request, as `logprob-error` describes it. */
export interface SuggestFailureWords {
  code: string;
  message: string;
  status?: number;
}

// Error codes in plain words; anything else falls back to the server's own message.
const FAILURE_WORDS: Record<string, string> = {
  rate_limited: 'the server is busy (too many requests); suggestions come back when you type again',
  unauthorized: 'the server was refused by the model provider (check its API key)',
  upstream_error: 'the model provider failed',
  upstream_timeout: 'the model provider took too long',
  model_not_found: 'the server does not know that model (see Settings)',
  logprobs_unsupported: 'that model does not return token probabilities',
  network_error: 'the server could not be reached',
  malformed_stream: 'the answer was cut off or garbled',
};

/**
 * One sentence for a failed suggest request, without codes a person has to look up.
 *
 * @example
 * describeSuggestFailure({ code: 'http_error', message: 'HTTP 500', status: 500 });
 * // 'No suggestions: the server failed (error 500). Your text is unchanged.'
 */
export function describeSuggestFailure(failure: SuggestFailureWords): string {
  const reason =
    FAILURE_WORDS[failure.code] ??
    (failure.status === 429 ? FAILURE_WORDS.rate_limited : failure.status !== undefined && failure.status >= 500 ? `the server failed (error ${failure.status})` : failure.message);
  return `No suggestions: ${reason ?? failure.message}. Your text is unchanged.`;
}
