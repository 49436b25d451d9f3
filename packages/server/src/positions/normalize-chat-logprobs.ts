import { isRecord } from '@logprob-autocomplete/protocol';
import { tokenBytes } from './utf8-bytes.js';
import { cleanLogprob, type UpstreamPosition, type UpstreamToken } from './upstream-position.js';

function toToken(value: unknown): UpstreamToken | undefined {
  if (!isRecord(value) || typeof value.token !== 'string') return undefined;
  return { bytes: tokenBytes(value.token, value.bytes), logprob: cleanLogprob(value.logprob) };
}

/**
 * Reads the chat shape, `{ content: [{ token, logprob, bytes, top_logprobs: [...] }] }`, which
 * OpenAI's chat completions send and llama.cpp and Ollama send even on `/v1/completions`. Returns
 * no positions for `null`, a missing `content`, or items that are not tokens.
 *
 * @example
 * normalizeChatLogprobs({ content: [{ token: 'Hi', logprob: -0.1, bytes: [72, 105], top_logprobs: [] }] });
 */
export function normalizeChatLogprobs(logprobs: unknown): UpstreamPosition[] {
  if (!isRecord(logprobs) || !Array.isArray(logprobs.content)) return [];
  const positions: UpstreamPosition[] = [];
  for (const item of logprobs.content as unknown[]) {
    const chosen = toToken(item);
    if (!chosen || !isRecord(item)) continue;
    const alternatives = Array.isArray(item.top_logprobs) ? (item.top_logprobs as unknown[]) : [];
    positions.push({
      ...chosen,
      alternatives: alternatives.map(toToken).filter((token) => token !== undefined),
    });
  }
  return positions;
}

/**
 * Whether a `logprobs` object is in the chat shape, however the endpoint was called.
 *
 * @example
 * isChatLogprobs({ content: [] }); // true
 */
export function isChatLogprobs(logprobs: unknown): boolean {
  return isRecord(logprobs) && Array.isArray(logprobs.content);
}
