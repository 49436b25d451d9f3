import type { GeneratedToken } from '../ngram-model.js';
import { codePointLength } from './text-offset.js';

/**
 * OpenAI's `ChatCompletionTokenLogprob`.
 *
 * @example
 * const item: ChatTokenLogprob = toChatTokenLogprob(token);
 */
export interface ChatTokenLogprob {
  token: string;
  logprob: number;
  bytes: number[] | null;
  top_logprobs: { token: string; logprob: number; bytes: number[] | null }[];
}

/**
 * A generated token as a chat `logprobs.content[]` item.
 *
 * @example
 * toChatTokenLogprob(token); // { token: 'ple', logprob: -0.01, bytes: [112, 108, 101], top_logprobs: [...] }
 */
export function toChatTokenLogprob(token: GeneratedToken): ChatTokenLogprob {
  return {
    token: token.token,
    logprob: token.logprob,
    bytes: token.bytes,
    top_logprobs: token.topLogprobs.map((top) => ({ token: top.token, logprob: top.logprob, bytes: top.bytes })),
  };
}

/**
 * The legacy completions `logprobs` object.
 *
 * @example
 * const logprobs: LegacyLogprobs = { tokens: [], token_logprobs: [], top_logprobs: [], text_offset: [] };
 */
export interface LegacyLogprobs {
  tokens: string[];
  token_logprobs: (number | null)[];
  top_logprobs: (Record<string, number> | null)[];
  text_offset: number[];
}

/**
 * Appends tokens to a legacy logprobs object; `offset` is where the first token's text starts,
 * in code points (see {@link codePointLength}), and the returned offset is where the next one
 * starts. A prompt's first token has no logprob (null), as in OpenAI's `echo` responses.
 *
 * @example
 * appendLegacyLogprobs(logprobs, [{ text: 'ple', token }], 10, false);
 */
export function appendLegacyLogprobs(
  logprobs: LegacyLogprobs,
  items: readonly { text: string; token: GeneratedToken }[],
  offset: number,
  firstIsNull: boolean,
): number {
  let position = offset;
  items.forEach(({ text, token }, index) => {
    const unknown = firstIsNull && index === 0;
    logprobs.tokens.push(token.token);
    logprobs.token_logprobs.push(unknown ? null : token.logprob);
    logprobs.top_logprobs.push(unknown ? null : Object.fromEntries(token.topLogprobs.map((top) => [top.token, top.logprob])));
    logprobs.text_offset.push(position);
    position += codePointLength(text);
  });
  return position;
}
