import { DocumentCache, type CacheWeights } from '../document-cache.js';
import type { NgramModel } from '../ngram-model.js';
import { BOS_ID } from '../vocabulary.js';

// The cache reads about this many tokens before the caret (MAX_CACHE_CHARACTERS.before, 8,192
// characters, is about 1,800 tokens of English).
const WINDOW_TOKENS = 1800;
const PARTS = ['unigram', 'bigram', 'trigram', 'long'] as const;
const GRID = {
  unigram: [0, 0.04, 0.06, 0.08, 0.1, 0.12],
  bigram: [0, 0.05, 0.1, 0.15, 0.2, 0.25],
  trigram: [0, 0.05, 0.1, 0.15, 0.2, 0.25],
  long: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
} as const;

/**
 * Fits the document cache's weights for lowest log loss on `documents` (a development split the
 * model was not trained on): at every `stride`-th token, the real {@link DocumentCache} over
 * the tokens before it gives each part's share, then a grid search mixes them with the model.
 * `contextPrior` is kept as given. Returns the weights and the perplexity without and with them.
 *
 * @example
 * const { weights, perplexity } = fitCacheWeights(developmentModel, corpus.development);
 */
export function fitCacheWeights(model: NgramModel, documents: readonly string[], contextPrior = 1, stride = 3): { weights: CacheWeights; perplexity: { off: number; on: number } } {
  // Per sampled position: the model's probability, then per part its weight and mass.
  const rows: number[][] = [];
  for (const document of documents) {
    const ids = [BOS_ID, ...model.encode(document)];
    for (let position = 2; position < ids.length; position += stride) {
      const cache = new DocumentCache(ids.slice(Math.max(0, position - WINDOW_TOKENS), position));
      const context = ids.slice(Math.max(0, position - 6), position);
      const word = ids[position] ?? 0;
      const row = [model.probability(context.slice(-(model.info.order - 1)), word)];
      for (const part of PARTS) {
        const only: CacheWeights = { unigram: 0, bigram: 0, trigram: 0, long: 0, contextPrior, [part]: 1 };
        const share = cache.at(context, only);
        row.push(share.weight, share.mass(word));
      }
      rows.push(row);
    }
  }
  const loss = (weights: CacheWeights) => {
    let total = 0;
    for (const row of rows) {
      let keep = 1;
      let cached = 0;
      PARTS.forEach((part, index) => {
        keep -= weights[part] * (row[1 + 2 * index] ?? 0);
        cached += weights[part] * (row[2 + 2 * index] ?? 0);
      });
      total -= Math.log(keep * (row[0] ?? 0) + cached);
    }
    return total / Math.max(rows.length, 1);
  };
  let best: CacheWeights = { unigram: 0, bigram: 0, trigram: 0, long: 0, contextPrior };
  const off = loss(best);
  let bestLoss = off;
  for (const unigram of GRID.unigram)
    for (const bigram of GRID.bigram)
      for (const trigram of GRID.trigram)
        for (const long of GRID.long) {
          if (unigram + bigram + trigram + long >= 0.95) continue;
          const weights = { unigram, bigram, trigram, long, contextPrior };
          const value = loss(weights);
          if (value < bestLoss) [best, bestLoss] = [weights, value];
        }
  return { weights: best, perplexity: { off: Math.exp(off), on: Math.exp(bestLoss) } };
}
