import type { GeneratedToken, GenerateOptions, NgramModel } from './ngram-model.js';

/**
 * Options of {@link confidentPhrase}.
 *
 * @example
 * const options: ConfidentPhraseOptions = { minProbability: 0.4, maxTokens: 8, document: {} };
 */
export interface ConfidentPhraseOptions {
  /** The whole phrase's probability (the product of its tokens') must be at least this; default 0.4. */
  minProbability?: number;
  /** Longest phrase, in tokens; default 8. */
  maxTokens?: number;
  /** The document cache, as in `generate`. */
  document?: GenerateOptions['document'];
}

/**
 * A phrase the model is confident in along its whole path (Smart Compose style ghost text).
 *
 * @example
 * const { text, probability, tokens }: ConfidentPhrase = confidentPhrase(model, 'We the Peo');
 */
export interface ConfidentPhrase {
  text: string;
  /** Joint probability of the phrase's tokens (each given the ones before). */
  probability: number;
  tokens: GeneratedToken[];
}

const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/**
 * The longest greedy continuation of `text` whose joint probability stays at or above
 * `minProbability` and that ends at a word boundary (never inside a word: the token after it
 * does not continue a word, or the phrase ends in punctuation). Empty when even the first word
 * is not confident enough. One greedy pass, so it costs what `generate` costs.
 *
 * @example
 * confidentPhrase(model, 'We the Peo', { minProbability: 0.3 }).text; // 'ple of the United States'
 */
export function confidentPhrase(model: NgramModel, text: string, options: ConfidentPhraseOptions = {}): ConfidentPhrase {
  const minProbability = options.minProbability ?? 0.4;
  const tokens: GeneratedToken[] = [];
  let joint = 1;
  let best: ConfidentPhrase = { text: '', probability: 1, tokens: [] };
  let phrase = '';
  const generateOptions: GenerateOptions = { maxTokens: (options.maxTokens ?? 8) + 1, ...(options.document ? { document: options.document } : {}) };
  for (const token of model.stream(text, generateOptions)) {
    // The phrase so far ends at a word boundary if this token does not go on with its word.
    if (tokens.length > 0 && !(WORD_END.test(phrase) && WORD_START.test(token.token))) best = { text: phrase, probability: joint, tokens: tokens.slice() };
    joint *= Math.exp(token.logprob);
    if (joint < minProbability || tokens.length >= (options.maxTokens ?? 8)) break;
    tokens.push(token);
    phrase += token.token;
  }
  return best;
}
