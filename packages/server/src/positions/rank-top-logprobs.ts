import type { TokenEventData, TopLogprob } from '@logprob-autocomplete/protocol';
import type { TextPosition } from './text-position.js';

/**
 * The logprob sent for a chosen token whose probability the upstream did not report. OpenAI
 * documents -9999 as "very unlikely"; JSON cannot carry -Infinity.
 */
export const UNKNOWN_LOGPROB = -9999;

/**
 * Turns a position into a `token` event: alternatives with unknown logprobs dropped, duplicates
 * (which trimming can create) merged, most likely first, at most `topLogprobs` of them, and the
 * chosen token always among them, as the protocol promises.
 *
 * @example
 * toTokenEvent({ token: ' the', bytes: [32, 116, 104, 101], logprob: -0.2, alternatives: [] }, 0, 5);
 */
export function toTokenEvent(position: TextPosition, index: number, topLogprobs: number): TokenEventData {
  // A chosen token without a logprob of its own (legacy `token_logprobs` may hold null) often
  // still has one among the alternatives.
  const listed = position.alternatives.find((alternative) => alternative.token === position.token)?.logprob;
  const chosen: TopLogprob = { token: position.token, bytes: position.bytes, logprob: position.logprob ?? listed ?? UNKNOWN_LOGPROB };
  const byText = new Map<string, TopLogprob>();
  for (const alternative of position.alternatives) {
    if (alternative.logprob === undefined || alternative.token === '') continue;
    const known = byText.get(alternative.token);
    if (!known || known.logprob < alternative.logprob) {
      byText.set(alternative.token, { token: alternative.token, bytes: alternative.bytes, logprob: alternative.logprob });
    }
  }
  byText.set(chosen.token, chosen);
  const ranked = [...byText.values()].sort((first, second) => second.logprob - first.logprob).slice(0, topLogprobs);
  if (!ranked.includes(chosen)) ranked.splice(ranked.length - 1, 1, chosen);
  return { index, ...chosen, top_logprobs: ranked };
}
