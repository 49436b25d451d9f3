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
 * Formats a probability for a label: one decimal under 10 %, a "<0.1 %" floor so nothing reads as 0.
 *
 * @example
 * formatProbability(0.4213); // '42%'
 * formatProbability(0.0421); // '4.2%'
 */
export function formatProbability(probability: number): string {
  const percent = probability * 100;
  if (percent < 0.1) return '<0.1%';
  if (percent < 10) return `${percent.toFixed(1)}%`;
  return `${Math.round(percent)}%`;
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
