import { BOS_ID } from '../vocabulary.js';
import type { NgramCounts } from './count-ngrams.js';

/**
 * Modified Kneser-Ney discounts for counts 1, 2 and 3+ of one order.
 *
 * @example
 * const [d1, d2, d3]: Discounts = discountsFor([100, 40, 20, 10]);
 */
export type Discounts = [number, number, number];

/**
 * Interpolated modified Kneser-Ney estimate: per order k >= 2 the discounted share a(h, w).
 *
 * @example
 * const { unigram, shares }: KneserNeyEstimate = estimateKneserNey(counts);
 */
export interface KneserNeyEstimate {
  unigram: Float64Array;
  /** shares[k - 2][id]: max(c - D(c), 0) / total(h) of order-k n-gram `id`. */
  shares: Float64Array[];
  /** discounts[k - 1] for order k. */
  discounts: Discounts[];
}

/**
 * Chen and Goodman's estimate from counts of counts, clamped so that small user corpora (where
 * some counts of counts are zero) still get discounts in (0, c).
 *
 * @example
 * discountsFor([100, 40, 20, 10]); // about [0.56, 1.03, 1.44]
 */
export function discountsFor(countsOfCounts: readonly number[]): Discounts {
  const [n1 = 0, n2 = 0, n3 = 0, n4 = 0] = countsOfCounts;
  if (n1 === 0 || n2 === 0 || n3 === 0 || n4 === 0) return [0.5, 1, 1.5];
  const y = n1 / (n1 + 2 * n2);
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0.05), max - 0.05);
  return [clamp(1 - (2 * y * n2) / n1, 1), clamp(2 - (3 * y * n3) / n2, 2), clamp(3 - (4 * y * n4) / n3, 3)];
}

function discount(discounts: Discounts, count: number): number {
  return count <= 0 ? 0 : count === 1 ? discounts[0] : count === 2 ? discounts[1] : discounts[2];
}

function countsOfCounts(adjusted: ArrayLike<number>, skip = -1): number[] {
  const out = [0, 0, 0, 0];
  for (let id = 0; id < adjusted.length; id++) {
    const value = adjusted[id] ?? 0;
    if (id !== skip && value >= 1 && value <= 4) out[value - 1] = (out[value - 1] ?? 0) + 1;
  }
  return out;
}

/**
 * Estimates interpolated modified Kneser-Ney: the highest order uses raw counts, lower orders
 * use continuation counts (how many distinct words precede), except n-grams that start a
 * document, which have no left context and keep raw counts. Unigrams interpolate with a uniform
 * distribution over every token except the beginning-of-document token.
 *
 * @example
 * const estimate = estimateKneserNey(countNgrams(documents, 4, vocabularySize));
 */
export function estimateKneserNey(counts: NgramCounts): KneserNeyEstimate {
  const order = counts.tables.length + 1;
  const vocabularySize = counts.unigrams.length;
  // adjusted[k - 1]: the count each order's probabilities are made from.
  const adjusted: Int32Array[] = [];
  for (let k = 1; k <= order; k++) {
    if (k === order) {
      adjusted.push(k === 1 ? counts.unigrams : (counts.tables[k - 2]?.count ?? new Int32Array()));
      continue;
    }
    const higher = counts.tables[k - 1];
    const size = k === 1 ? vocabularySize : (counts.tables[k - 2]?.size ?? 0);
    const continuation = new Int32Array(size);
    if (higher) for (let id = 0; id < higher.size; id++) { const suffix = higher.suffix[id] ?? 0; continuation[suffix] = (continuation[suffix] ?? 0) + 1; }
    const table = counts.tables[k - 2];
    if (table) {
      for (let id = 0; id < size; id++) if (table.startsDocument[id]) continuation[id] = table.count[id] ?? 0;
    }
    adjusted.push(continuation);
  }

  const discounts: Discounts[] = adjusted.map((values, index) => discountsFor(countsOfCounts(values, index === 0 ? BOS_ID : -1)));

  const unigramCounts = adjusted[0] ?? new Int32Array(vocabularySize);
  const unigramDiscounts = discounts[0] ?? [0.5, 1, 1.5];
  let total = 0;
  for (let id = 0; id < vocabularySize; id++) if (id !== BOS_ID) total += unigramCounts[id] ?? 0;
  const unigram = new Float64Array(vocabularySize);
  let kept = 0;
  for (let id = 0; id < vocabularySize; id++) {
    const value = unigramCounts[id] ?? 0;
    if (id === BOS_ID || total === 0) continue;
    unigram[id] = Math.max(value - discount(unigramDiscounts, value), 0) / total;
    kept += unigram[id] ?? 0;
  }
  const uniform = (1 - kept) / (vocabularySize - 1);
  for (let id = 0; id < vocabularySize; id++) if (id !== BOS_ID) unigram[id] = (unigram[id] ?? 0) + uniform;

  const shares: Float64Array[] = [];
  for (let k = 2; k <= order; k++) {
    const table = counts.tables[k - 2];
    const values = adjusted[k - 1];
    const orderDiscounts = discounts[k - 1];
    if (!table || !values || !orderDiscounts) break;
    const parentSize = k === 2 ? vocabularySize : (counts.tables[k - 3]?.size ?? 0);
    const totals = new Float64Array(parentSize);
    for (let id = 0; id < table.size; id++) { const parent = table.parent[id] ?? 0; totals[parent] = (totals[parent] ?? 0) + (values[id] ?? 0); }
    const share = new Float64Array(table.size);
    for (let id = 0; id < table.size; id++) {
      const value = values[id] ?? 0;
      const denominator = totals[table.parent[id] ?? 0] ?? 0;
      share[id] = denominator > 0 ? Math.max(value - discount(orderDiscounts, value), 0) / denominator : 0;
    }
    shares.push(share);
  }
  return { unigram, shares, discounts };
}
