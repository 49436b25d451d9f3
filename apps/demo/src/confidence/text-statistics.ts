import type { ScoredPiece, TextSegment } from './rebuild-text.js';

/** How well the model predicted a text. */
export interface TextStatistics {
  /** exp of the mean negative logprob per scored token; depends on the tokenizer. */
  perplexity: number | undefined;
  /**
   * Bits per character: the summed negative logprob of the scored tokens, in bits, divided by the
   * Unicode code points those tokens made. Comparable across tokenizers and scripts.
   */
  bitsPerCharacter: number | undefined;
  scoredTokens: number;
  /** Code points made (at least partly) by tokens that have a logprob. */
  scoredCharacters: number;
}

/**
 * Unicode code points in a text (what bits per character divides by): 'あ' is one, '👍🏽' two.
 *
 * @example
 * countCodePoints('né🙂'); // 3
 */
export function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

const isLogprob = (value: number | null): value is number => value !== null && Number.isFinite(value);

/**
 * Perplexity per token and bits per character (per code point) of a scored text. The first
 * token has no logprob and is left out of both; characters made only by it are not counted.
 *
 * @example
 * const statistics = textStatistics(pieces, rebuildText(pieces));
 * statistics.bitsPerCharacter; // e.g. 2.1
 */
export function textStatistics(pieces: readonly ScoredPiece[], segments: readonly TextSegment[]): TextStatistics {
  const logprobs = pieces.map((piece) => piece.logprob).filter(isLogprob);
  const total = logprobs.reduce((sum, logprob) => sum + logprob, 0);
  const scoredCharacters = segments
    .filter((segment) => segment.tokens.some((index) => isLogprob(pieces[index]?.logprob ?? null)))
    .reduce((count, segment) => count + countCodePoints(segment.text), 0);
  return {
    perplexity: logprobs.length === 0 ? undefined : Math.exp(-total / logprobs.length),
    bitsPerCharacter: scoredCharacters === 0 ? undefined : -total / Math.LN2 / scoredCharacters,
    scoredTokens: logprobs.length,
    scoredCharacters,
  };
}

/**
 * The probability of a segment: the joint probability of the tokens that made it, or `undefined`
 * when one of them has no logprob (the first token).
 *
 * @example
 * segmentProbability([{ token: 'a', logprob: -1 }], { text: 'a', tokens: [0] }); // ≈ 0.37
 */
export function segmentProbability(pieces: readonly ScoredPiece[], segment: TextSegment): number | undefined {
  let sum = 0;
  for (const index of segment.tokens) {
    const logprob = pieces[index]?.logprob ?? null;
    if (!isLogprob(logprob)) return undefined;
    sum += logprob;
  }
  return segment.tokens.length === 0 ? undefined : Math.exp(sum);
}
