/**
 * Probability helpers for the panels: logprobs are natural logs (OpenAI's convention), people
 * read percentages.
 */

/**
 * Turns a natural-log probability into a probability from 0 to 1.
 *
 * @example
 * toProbability(-0.6931); // ≈ 0.5
 */
export function toProbability(logprob: number): number {
  return Math.exp(logprob);
}

/**
 * Colour of a token in the highlight-by-confidence view: hue from red (unlikely) to green
 * (likely), on a log scale because most tokens of real text sit between 0.1 % and 50 %.
 *
 * @example
 * confidenceHue(1); // 130 (green)
 * confidenceHue(0.0001); // 0 (red)
 */
export function confidenceHue(probability: number): number {
  const floor = 1e-4;
  const clamped = Math.min(1, Math.max(floor, probability));
  const position = 1 - Math.log(clamped) / Math.log(floor);
  return Math.round(position * 130);
}

/**
 * Shows a token's invisible characters, so " the" and "the" differ on screen (the same marks as
 * the element's list).
 *
 * @example
 * visibleToken(' the\n'); // '·the↵'
 */
export function visibleToken(token: string): string {
  return token.replaceAll(' ', '·').replaceAll('\n', '↵').replaceAll('\t', '→');
}
