import type { CachePart, DocumentCache } from './document-cache.js';
import type { ModelTables } from './model-tables.js';
import { BestK, type ScoredId } from './top-k.js';

/**
 * The `k` most probable next tokens among ids [start, end) under the n-gram model interpolated
 * with the document cache, exactly: p(w) = (1 - λ) p_KN(w) + cache(w). `knItems` are the n-gram
 * model's own top k in the range; any other token has p_KN no higher than the k-th of them, so
 * only the cache's tokens can still overtake, and those are scored while their bound (the k-th
 * n-gram probability plus their cache mass) can beat the k-th best. `knTotal` is the n-gram
 * model's probability of the range (1 without a range); `total` comes back the same for the
 * interpolated model, for renormalising.
 *
 * @example
 * const { items, total } = cachedTopK(tables, nodes, cache, cache.at(ids), topKIds(tables, nodes, 20), 1, 20, 0, tables.vocabularySize);
 */
export function cachedTopK(
  tables: ModelTables,
  nodes: Int32Array,
  cache: DocumentCache,
  part: CachePart,
  knItems: readonly ScoredId[],
  knTotal: number,
  k: number,
  start: number,
  end: number,
): { items: ScoredId[]; total: number } {
  const keep = 1 - part.weight;
  const best = new BestK(k);
  const scored = new Set<number>();
  const score = (id: number, knProbability: number) => {
    scored.add(id);
    best.offer(id, keep * knProbability + part.mass(id));
  };
  for (const item of knItems) score(item.id, item.probability);
  let cacheInRange = 0;
  for (const [id, mass] of part.followers) {
    if (id < start || id >= end) continue;
    cacheInRange += mass;
    if (!scored.has(id)) score(id, tables.probability(nodes, id));
  }
  const kthKn = knItems.length >= k ? (knItems[knItems.length - 1]?.probability ?? 0) : 0;
  let searching = part.unigramUnit > 0;
  const whole = start === 0 && end === tables.vocabularySize;
  for (const id of cache.ranked) {
    if (whole && !searching) break; // the total is 1: no need to sum the range
    if (id < start || id >= end) continue;
    const count = cache.count(id);
    cacheInRange += part.unigramUnit * count;
    if (!searching || scored.has(id)) continue;
    // Ranked by count: once the bound cannot reach the k-th best, no later id can either.
    if (best.length >= k && keep * kthKn + part.unigramUnit * count <= best.floor) searching = false;
    else score(id, tables.probability(nodes, id));
  }
  return { items: best.items, total: whole ? 1 : keep * knTotal + cacheInRange };
}
