import { SUGGEST_LIMITS, SuggestProtocolError, readSuggestStream, replaceInvalidCharacters } from '@logprob-autocomplete/protocol';
import type { StreamedSuggestions } from './suggestion-view.js';

export interface SuggestRequestOptions {
  src: string;
  text: string;
  after: string;
  model: string | null;
  topLogprobs: number;
  maxTokens: number;
  /** Answers the request instead of the network: the in-page model's worker (see local-model/). */
  fetch?: typeof fetch | undefined;
}

/** Why a request failed; the `detail` of `logprob-error`. */
export interface SuggestFailure {
  /** A protocol error code (`rate_limited`, ...), `http_error`, `network_error` or `malformed_stream`. */
  code: string;
  message: string;
  /** The HTTP status, when the server answered with one that is not 2xx. */
  status?: number;
}

export interface SuggestCallbacks {
  /** Called after each token event with the whole stream so far. */
  onUpdate: (stream: StreamedSuggestions) => void;
  onError: (failure: SuggestFailure) => void;
}

// Attributes can hold anything; the server rejects numbers outside these ranges.
function clamp(value: number, range: { min: number; max: number; default: number }): number {
  return Number.isFinite(value) ? Math.min(range.max, Math.max(range.min, Math.round(value))) : range.default;
}

function sendable(text: string, maxLength: number, keep: 'start' | 'end'): string {
  const cut = text.length <= maxLength ? text : keep === 'end' ? text.slice(-maxLength) : text.slice(0, maxLength);
  // Characters the server rejects (the protocol's rule) are replaced in what is sent only: the
  // user's text is never changed.
  return replaceInvalidCharacters(cut);
}

/**
 * Streams one `POST /v1/suggest`, reporting every token event as it arrives. The returned
 * promise settles when the stream ends, fails or `signal` aborts it; it never rejects.
 *
 * @example
 * await streamSuggestions({ src: '/v1/suggest', text: 'We the', after: '', model: null, topLogprobs: 5, maxTokens: 8 },
 *   new AbortController().signal, { onUpdate: console.log, onError: console.error });
 */
export async function streamSuggestions(
  options: SuggestRequestOptions,
  signal: AbortSignal,
  callbacks: SuggestCallbacks,
): Promise<'success' | 'error' | 'abort'> {
  const stream: StreamedSuggestions = { text: options.text, positions: [], done: false };
  const finish = (): void => {
    stream.done = true;
    if (!signal.aborted) callbacks.onUpdate({ ...stream });
  };
  const fail = (failure: SuggestFailure): 'error' => {
    finish();
    callbacks.onError(failure);
    return 'error';
  };
  const maxTokens = clamp(options.maxTokens, SUGGEST_LIMITS.maxTokens);
  const body = {
    text: sendable(options.text, SUGGEST_LIMITS.maxTextLength, 'end'),
    top_logprobs: clamp(options.topLogprobs, SUGGEST_LIMITS.topLogprobs),
    max_tokens: maxTokens,
  };
  const after = sendable(options.after, SUGGEST_LIMITS.maxAfterLength, 'start');
  const send: Record<string, unknown> = body;
  if (after) send.after = after;
  if (options.model) send.model = options.model;
  try {
    const response = await (options.fetch ?? fetch)(options.src, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(send),
      signal,
    });
    if (!response.ok || !response.body) {
      const failure: SuggestFailure = { code: 'http_error', message: `HTTP ${response.status}`, status: response.status };
      try {
        const { error } = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
        if (typeof error?.code === 'string') failure.code = error.code;
        if (typeof error?.message === 'string') failure.message = error.message;
      } catch {
        // Not JSON: the status says enough.
      }
      return fail(failure);
    }
    for await (const event of readSuggestStream(response.body)) {
      if (event.type === 'token') {
        // A position past what was asked for cannot be ours; a huge index would also make
        // `positions` a huge sparse array. Keep what came before, and say the stream was wrong.
        if (event.data.index >= maxTokens) return fail({ code: 'malformed_stream', message: `Token index ${event.data.index} is past max_tokens ${maxTokens}.` });
        // More alternatives than asked for would each become an option on every keystroke.
        const { top_logprobs } = event.data;
        if (top_logprobs.length > body.top_logprobs) event.data.top_logprobs = top_logprobs.sort((a, b) => b.logprob - a.logprob).slice(0, body.top_logprobs);
        // A new array per token event: each update (and `logprob-suggest`'s `tokens`) is a snapshot
        // that later events never change, and the final update shares the last one.
        stream.positions = stream.positions.slice();
        stream.positions[event.data.index] = event.data;
        callbacks.onUpdate({ ...stream });
      } else if (event.type === 'end') {
        stream.end = event.data;
      } else {
        return fail({ code: event.data.code, message: event.data.message });
      }
    }
    finish();
    return 'success';
  } catch (error) {
    if (signal.aborted) return 'abort';
    return fail({
      code: error instanceof SuggestProtocolError ? 'malformed_stream' : 'network_error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
