/**
 * Index drawn from probabilities^(1 / temperature), restricted to the top_p nucleus, using one
 * uniform number in [0, 1).
 *
 * @example
 * sample(Float64Array.from([0.5, 0.3, 0.2]), 0.7, 1, random()); // 0, 1 or 2
 */
export function sample(probabilities: Float64Array, temperature: number, topP: number, uniform: number): number {
  let max = 0;
  for (const probability of probabilities) if (probability > max) max = probability;
  if (max <= 0) return 0;
  const weights = probabilities.map((probability) => (probability > 0 ? Math.exp(Math.log(probability / max) / temperature) : 0));
  let total = 0;
  for (const weight of weights) total += weight;
  if (topP < 1) total = keepNucleus(weights, total, topP);
  let target = uniform * total;
  for (let index = 0; index < weights.length; index++) {
    target -= weights[index] ?? 0;
    if (target < 0) return index;
  }
  return weights.findLastIndex((weight) => weight > 0);
}

// Zeroes every weight outside the smallest set of most likely indices holding `topP` of the
// total (always keeping the best one); returns the kept total.
function keepNucleus(weights: Float64Array, total: number, topP: number): number {
  const order = Uint32Array.from(weights.keys()).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
  let kept = 0;
  let index = 0;
  for (; index < order.length; index++) {
    kept += weights[order[index] ?? 0] ?? 0;
    if (kept >= topP * total) break;
  }
  for (let rest = index + 1; rest < order.length; rest++) weights[order[rest] ?? 0] = 0;
  return kept;
}
