import { DocumentCache } from '../document-cache.js';
import type { NgramModel } from '../ngram-model.js';
import { BOS_ID } from '../vocabulary.js';
import { reliabilityBins, type ReliabilityBin } from './calibration.js';

/**
 * Held-out log loss and calibration of one model, with or without the document cache.
 *
 * @example
 * const { bitsPerCharacter, bins } = heldOutScores(model, corpus.heldOut, { cache: true, stride: 3 });
 */
export interface HeldOutScores {
  /** Bits per character, from the loss of the sampled tokens scaled to every token. */
  bitsPerCharacter: number;
  perplexity: number;
  positions: number;
  /** Reliability of the top-1 next-token probability at the sampled positions. */
  bins: ReliabilityBin[];
}

// About MAX_CACHE_CHARACTERS.before (8,192 characters) of English in tokens.
const WINDOW_TOKENS = 1800;

/**
 * Scores every `stride`-th token of each document given the tokens before it: its probability
 * (log loss) and whether the top-1 prediction was right (calibration). With `cache`, the real
 * {@link DocumentCache} over the document's tokens before that point adapts the model.
 *
 * @example
 * heldOutScores(model, ['Call me Ishmael.'], { cache: false, stride: 1 });
 */
export function heldOutScores(model: NgramModel, documents: readonly string[], options: { cache: boolean; stride: number }): HeldOutScores {
  const history = options.cache ? 6 : model.info.order - 1;
  let loss = 0;
  let sampled = 0;
  let tokens = 0;
  let characters = 0;
  const predictions: [number, boolean][] = [];
  for (const document of documents) {
    const ids = [BOS_ID, ...model.encode(document)];
    tokens += ids.length - 1;
    characters += document.length;
    for (let position = 1; position < ids.length; position += options.stride) {
      const context = ids.slice(Math.max(0, position - history), position);
      const cache = options.cache ? new DocumentCache(ids.slice(Math.max(0, position - WINDOW_TOKENS), position)) : undefined;
      const probabilities = model.probabilities(context, cache);
      let best = 1;
      for (let id = 2; id < probabilities.length; id++) if ((probabilities[id] ?? 0) > (probabilities[best] ?? 0)) best = id;
      const word = ids[position] ?? 0;
      loss -= Math.log(probabilities[word] ?? 0);
      sampled++;
      predictions.push([probabilities[best] ?? 0, best === word]);
    }
  }
  const perToken = loss / Math.max(sampled, 1);
  return { bitsPerCharacter: (perToken * tokens) / Math.LN2 / Math.max(characters, 1), perplexity: Math.exp(perToken), positions: sampled, bins: reliabilityBins(predictions, 10) };
}
