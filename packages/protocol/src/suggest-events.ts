import type { SuggestErrorCode } from './error-codes.js';

/**
 * The server-sent events of `POST /v1/suggest`, as a discriminated union on `type` (the SSE
 * `event:` field). Field names follow OpenAI's `ChatCompletionTokenLogprob`, so anyone who has
 * read OpenAI's logprobs recognises them.
 */

/** Sent as the `Logprob-Protocol-Version` response header; bumped only on breaking changes. */
export const PROTOCOL_VERSION = '1';
export const PROTOCOL_VERSION_HEADER = 'Logprob-Protocol-Version';
export const SUGGEST_PATH = '/v1/suggest';

/** One ranked alternative at a position: OpenAI's `top_logprobs[]` item. */
export interface TopLogprob {
  /** The token's text; never a piece of a UTF-8 character. */
  token: string;
  /** The token's UTF-8 bytes. */
  bytes: number[];
  /** Natural log of the probability, at most 0. */
  logprob: number;
}

/**
 * One generated position. Index 0 is what would be inserted at the caret (the continuation of a
 * word when the caret is inside one); later indexes follow the most likely path.
 */
export interface TokenEventData extends TopLogprob {
  index: number;
  /** The alternatives at this position, most likely first; the chosen token is among them. */
  top_logprobs: TopLogprob[];
}

export type FinishReason = 'stop' | 'length' | 'content_filter' | 'abort';

export interface EndEventData {
  finish_reason: FinishReason;
  usage: {
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
  };
  timings: {
    /** Milliseconds from the request to the first `token` event. */
    first_token_ms: number;
    /** Milliseconds from the request to `end`. */
    total_ms: number;
  };
}

export interface ErrorEventData {
  code: SuggestErrorCode;
  /** Safe to show: never an upstream's message, an organisation id or a key. */
  message: string;
}

export type SuggestEvent =
  | { type: 'token'; data: TokenEventData }
  | { type: 'end'; data: EndEventData }
  | { type: 'error'; data: ErrorEventData };

export type SuggestEventType = SuggestEvent['type'];
