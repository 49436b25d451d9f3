import type { NgramCounts } from './count-ngrams.js';
import type { KneserNeyEstimate } from './kneser-ney.js';

// 1 - (sum of the children's shares) per parent: the backoff weight before any pruning.
function backoffWeights(parents: ArrayLike<number>, shares: Float64Array, parentCount: number): Float64Array {
  const sums = new Float64Array(parentCount);
  for (let id = 0; id < shares.length; id++) sums[parents[id] ?? 0] = (sums[parents[id] ?? 0] ?? 0) + (shares[id] ?? 0);
  return sums.map((sum) => Math.max(1 - sum, 1e-9));
}

/**
 * Stolcke's relative-entropy pruning criterion for every n-gram of order `k` (3 or more),
 * approximated: P(h, w) · log(P(w | h) / P'(w | h)), where P' is the probability once (h, w) is
 * pruned (its mass left to the backoff), P(h, w) the n-gram's relative frequency and the
 * lower-order probability interpolated one level down. High scores are the n-grams worth
 * keeping: the model loses the most information without them.
 *
 * @example
 * const scores = entropyPruningScores(counts, estimate, 3);
 */
export function entropyPruningScores(counts: NgramCounts, estimate: KneserNeyEstimate, k: number): Float64Array {
  const table = counts.tables[k - 2];
  const lower = counts.tables[k - 3];
  const shares = estimate.shares[k - 2];
  const lowerShares = estimate.shares[k - 3];
  if (!table || !lower || !shares || !lowerShares) return new Float64Array();
  const gamma = backoffWeights(table.parent, shares, lower.size);
  const lowerParents = k === 3 ? counts.unigrams.length : (counts.tables[k - 4]?.size ?? 0);
  const lowerGamma = backoffWeights(lower.parent, lowerShares, lowerParents);
  const scores = new Float64Array(table.size);
  for (let id = 0; id < table.size; id++) {
    const suffix = table.suffix[id] ?? -1;
    const word = table.word[id] ?? 0;
    const parent = table.parent[id] ?? 0;
    const lowerProbability = suffix >= 0 ? (lowerShares[suffix] ?? 0) + (lowerGamma[lower.parent[suffix] ?? 0] ?? 1) * (estimate.unigram[word] ?? 0) : (estimate.unigram[word] ?? 0);
    const backedOff = (gamma[parent] ?? 1) * lowerProbability;
    const share = shares[id] ?? 0;
    scores[id] = ((table.count[id] ?? 0) / counts.tokens) * Math.log((share + backedOff) / ((gamma[parent] ?? 1) + share) / lowerProbability);
  }
  return scores;
}
