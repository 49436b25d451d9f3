/**
 * One generated position as any upstream reports it, after its shape (chat `content[]` or legacy
 * `tokens`/`top_logprobs`) has been normalised away but before characters are reassembled.
 * `logprob` is `undefined` when the upstream did not know it (null, missing, or a sentinel).
 */
export interface UpstreamToken {
  bytes: number[];
  logprob: number | undefined;
}

/**
 * A position: the chosen token and the alternatives the upstream ranked there.
 *
 * @example
 * const position: UpstreamPosition = { bytes: [72, 105], logprob: -0.1, alternatives: [] };
 */
export interface UpstreamPosition extends UpstreamToken {
  alternatives: UpstreamToken[];
}

// Below this a logprob says "not among the top tokens" rather than a probability: OpenAI's
// documented -9999, llama.cpp's -FLT_MAX (-3.4e38) and -Infinity all land here.
const SENTINEL_BELOW = -1000;

/**
 * A logprob that means a probability, or `undefined` for null, missing, NaN and sentinel values.
 * Tiny positive values from float rounding become 0; NaN and infinities are unknown.
 *
 * @example
 * cleanLogprob(-9999); // undefined
 */
export function cleanLogprob(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= SENTINEL_BELOW) return undefined;
  return Math.min(0, value);
}
