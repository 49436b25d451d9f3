import type { ModelTables } from './model-tables.js';

/**
 * A token id with its probability (not yet a log).
 *
 * @example
 * const [{ id, probability }]: ScoredId[] = topKIds(tables, nodes, 1);
 */
export interface ScoredId {
  id: number;
  probability: number;
}

/**
 * Keeps the best `k` of the offered candidates, sorted by descending probability then id. Typed
 * arrays rather than objects: this runs for every generated position, so it must not allocate.
 *
 * @example
 * const best = new BestK(5);
 * best.offer(id, probability);
 * best.items; // [{ id, probability }, ...]
 */
export class BestK {
  readonly #ids: Int32Array;
  readonly #probabilities: Float64Array;
  length = 0;
  constructor(readonly k: number) {
    this.#ids = new Int32Array(k);
    this.#probabilities = new Float64Array(k);
  }
  get floor(): number {
    return this.length < this.k ? -1 : (this.#probabilities[this.length - 1] ?? -1);
  }
  offer(id: number, probability: number): void {
    if (this.k <= 0 || (this.length >= this.k && probability <= this.floor)) return;
    const ids = this.#ids;
    const probabilities = this.#probabilities;
    let index = this.length;
    while (index > 0) {
      const before = probabilities[index - 1] ?? 0;
      if (before > probability || (before === probability && (ids[index - 1] ?? 0) < id)) break;
      index--;
    }
    for (let move = Math.min(this.length, this.k - 1); move > index; move--) {
      ids[move] = ids[move - 1] ?? 0;
      probabilities[move] = probabilities[move - 1] ?? 0;
    }
    ids[index] = id;
    probabilities[index] = probability;
    if (this.length < this.k) this.length++;
  }
  get items(): ScoredId[] {
    const items: ScoredId[] = [];
    for (let index = 0; index < this.length; index++) items.push({ id: this.#ids[index] ?? 0, probability: this.#probabilities[index] ?? 0 });
    return items;
  }
}

// Which ids a query has already scored, without a Set per query: an id is seen when its mark
// equals the query's stamp. One array per model, reused by every (synchronous) query.
const seenMarks = new WeakMap<ModelTables, { marks: Uint32Array; stamp: number }>();

function startSeen(tables: ModelTables): { marks: Uint32Array; stamp: number } {
  let seen = seenMarks.get(tables);
  if (!seen) {
    seen = { marks: new Uint32Array(tables.vocabularySize), stamp: 0 };
    seenMarks.set(tables, seen);
  }
  if (seen.stamp === 0xffffffff) {
    seen.marks.fill(0);
    seen.stamp = 0;
  }
  seen.stamp++;
  return seen;
}

/**
 * The `k` most probable next tokens (among ids [start, end) if given), exactly, without scoring
 * the whole vocabulary: Fagin's threshold algorithm over each order's children sorted by share
 * plus the unigram ranking. It stops once the k-th best exact probability beats what any unseen
 * token could still reach (the rows' values bound every later entry, in the range or not).
 *
 * @example
 * topKIds(tables, tables.contextNodes(ids), 20);
 */
export function topKIds(tables: ModelTables, nodes: Int32Array, k: number, start = 0, end = tables.vocabularySize): ScoredId[] {
  const best = new BestK(k);
  const weights = tables.mixtureWeights(nodes);
  const lists: { ranked: Uint32Array; start: number; end: number; weight: number; words: Uint16Array | Uint32Array; quantised: Uint8Array }[] = [];
  for (let order = tables.order; order >= 2; order--) {
    const node = nodes[order - 1] ?? -1;
    if (node < 0) continue;
    const [ranked, start, end] = tables.rankedChildren(order - 1, node);
    const words = tables.words[order - 2];
    const quantised = tables.quantised[order - 2];
    if (end > start && words && quantised) lists.push({ ranked, start, end, weight: weights[order] ?? 0, words, quantised });
  }
  const unigramWeight = weights[1] ?? 0;
  const { marks, stamp } = startSeen(tables);
  const values = tables.values;
  for (let row = 0; row < tables.vocabularySize; row++) {
    let threshold = 0;
    for (const list of lists) {
      const position = list.start + row;
      if (position >= list.end) continue;
      const child = list.ranked[position] ?? 0;
      threshold += list.weight * (values[list.quantised[child] ?? 0] ?? 0);
      const word = list.words[child] ?? 0;
      if (word >= start && word < end && marks[word] !== stamp) {
        marks[word] = stamp;
        best.offer(word, tables.probability(nodes, word));
      }
    }
    const word = tables.unigramRanked[row] ?? 0;
    threshold += unigramWeight * (tables.unigram[word] ?? 0);
    if (word >= start && word < end && marks[word] !== stamp) {
      marks[word] = stamp;
      best.offer(word, tables.probability(nodes, word));
    }
    if (best.length >= k && best.floor >= threshold) break;
  }
  return best.items;
}

/**
 * The `k` most probable next tokens among ids [start, end) (the tokens that continue a typed
 * prefix), with `total`, the probability of the whole range, for renormalising.
 *
 * @example
 * const { items, total } = topKInRange(tables, nodes, 5, start, end);
 */
export function topKInRange(tables: ModelTables, nodes: Int32Array, k: number, start: number, end: number): { items: ScoredId[]; total: number } {
  const total = rangeProbability(tables, nodes, start, end);
  // A wide range (after a typed space: every leading-space word) is best searched by threshold.
  if (end - start > SMALL_RANGE) return { items: topKIds(tables, nodes, k, start, end), total };
  return { items: topKInSmallRange(tables, nodes, k, start, end), total };
}

/**
 * The probability that the next token is one of the ids [start, end), exactly, from range sums.
 *
 * @example
 * const continued = rangeProbability(tables, nodes, start, end);
 */
export function rangeProbability(tables: ModelTables, nodes: Int32Array, start: number, end: number): number {
  const weights = tables.mixtureWeights(nodes);
  const values = tables.values;
  let total = (weights[1] ?? 0) * ((tables.unigramCumulative[end] ?? 0) - (tables.unigramCumulative[start] ?? 0));
  for (let order = tables.order; order >= 2; order--) {
    const node = nodes[order - 1] ?? -1;
    const quantised = tables.quantised[order - 2];
    if (node < 0 || !quantised) continue;
    const last = tables.childLowerBound(order - 1, node, end);
    let sum = 0;
    for (let child = tables.childLowerBound(order - 1, node, start); child < last; child++) sum += values[quantised[child] ?? 0] ?? 0;
    total += (weights[order] ?? 0) * sum;
  }
  return total;
}

const SMALL_RANGE = 512;

// Scores every stored continuation in the range plus the best unigrams there: tokens in no
// context's children score weight * unigram, so the best of those by unigram suffice.
function topKInSmallRange(tables: ModelTables, nodes: Int32Array, k: number, start: number, end: number): ScoredId[] {
  const best = new BestK(k);
  const { marks, stamp } = startSeen(tables);
  // Each stored continuation's probability is summed from the children lists themselves, order
  // by order as `tables.probability` sums them (so the result is the same to the last bit),
  // instead of a binary search per order per candidate.
  const weights = tables.mixtureWeights(nodes);
  const sums = rangeScratch(tables, end - start);
  const candidates: number[] = [];
  for (let order = tables.order; order >= 2; order--) {
    const node = nodes[order - 1] ?? -1;
    const words = tables.words[order - 2];
    const quantised = tables.quantised[order - 2];
    if (node < 0 || !words || !quantised) continue;
    const weight = weights[order] ?? 0;
    const last = tables.childLowerBound(order - 1, node, end);
    for (let child = tables.childLowerBound(order - 1, node, start); child < last; child++) {
      const word = words[child] ?? 0;
      if (marks[word] !== stamp) {
        marks[word] = stamp;
        candidates.push(word);
        sums[word - start] = 0;
      }
      sums[word - start] = (sums[word - start] ?? 0) + weight * (tables.values[quantised[child] ?? 0] ?? 0);
    }
  }
  const unigramWeight = weights[1] ?? 0;
  for (const word of candidates) best.offer(word, (sums[word - start] ?? 0) + unigramWeight * (tables.unigram[word] ?? 0));
  const unigramBest = new BestK(k);
  for (let id = start; id < end; id++) unigramBest.offer(id, tables.unigram[id] ?? 0);
  for (const item of unigramBest.items) if (marks[item.id] !== stamp) best.offer(item.id, tables.probability(nodes, item.id));
  return best.items;
}

// A reusable buffer of at least `size` sums for one small-range query.
const scratches = new WeakMap<ModelTables, Float64Array>();
function rangeScratch(tables: ModelTables, size: number): Float64Array {
  let scratch = scratches.get(tables);
  if (!scratch || scratch.length < size) {
    scratch = new Float64Array(Math.max(size, SMALL_RANGE));
    scratches.set(tables, scratch);
  }
  return scratch;
}

/**
 * Probabilities of every token id in [start, end) after the context (for sampling and tests).
 *
 * @example
 * const probabilities = distribution(tables, nodes, 0, tables.vocabularySize);
 */
export function distribution(tables: ModelTables, nodes: Int32Array, start: number, end: number): Float64Array {
  const weights = tables.mixtureWeights(nodes);
  const out = new Float64Array(end - start);
  const unigramWeight = weights[1] ?? 0;
  for (let id = start; id < end; id++) out[id - start] = unigramWeight * (tables.unigram[id] ?? 0);
  for (let order = tables.order; order >= 2; order--) {
    const node = nodes[order - 1] ?? -1;
    if (node < 0) continue;
    const words = tables.words[order - 2];
    const quantised = tables.quantised[order - 2];
    if (!words || !quantised) continue;
    const last = tables.childLowerBound(order - 1, node, end);
    for (let child = tables.childLowerBound(order - 1, node, start); child < last; child++) {
      const index = (words[child] ?? 0) - start;
      out[index] = (out[index] ?? 0) + (weights[order] ?? 0) * (tables.values[quantised[child] ?? 0] ?? 0);
    }
  }
  return out;
}
