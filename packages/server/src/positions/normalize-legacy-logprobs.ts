import { isRecord } from '@logprob-autocomplete/protocol';
import { tokenBytes } from './utf8-bytes.js';
import { cleanLogprob, type UpstreamPosition } from './upstream-position.js';

/**
 * Reads the legacy completions shape, `{ tokens, token_logprobs, top_logprobs: [{ token: logprob }] }`,
 * with parallel arrays of which any may be short, null or missing. Token text may be an OpenAI
 * `bytes:\xHH` escape; there is no `bytes` field in this shape.
 *
 * @example
 * normalizeLegacyLogprobs({ tokens: [' the'], token_logprobs: [-0.2], top_logprobs: [{ ' the': -0.2, ' a': -1.9 }] });
 */
export function normalizeLegacyLogprobs(logprobs: unknown): UpstreamPosition[] {
  if (!isRecord(logprobs) || !Array.isArray(logprobs.tokens)) return [];
  const tokens = logprobs.tokens as unknown[];
  const chosenLogprobs = Array.isArray(logprobs.token_logprobs) ? (logprobs.token_logprobs as unknown[]) : [];
  const tops = Array.isArray(logprobs.top_logprobs) ? (logprobs.top_logprobs as unknown[]) : [];
  const positions: UpstreamPosition[] = [];
  tokens.forEach((token, index) => {
    if (typeof token !== 'string') return;
    const top = tops[index];
    positions.push({
      bytes: tokenBytes(token, undefined),
      logprob: cleanLogprob(chosenLogprobs[index]),
      // Object.entries reads own keys only, so a token named "__proto__" is just a token.
      alternatives: isRecord(top)
        ? Object.entries(top).map(([text, logprob]) => ({ bytes: tokenBytes(text, undefined), logprob: cleanLogprob(logprob) }))
        : [],
    });
  });
  return positions;
}
