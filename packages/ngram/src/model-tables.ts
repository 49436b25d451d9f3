/**
 * The arrays of a loaded model, shared by every query; see model-format.ts for the layout.
 *
 * @example
 * new ModelTables(arrays satisfies ModelArrays);
 */
export interface ModelArrays {
  order: number;
  vocabularySize: number;
  /** Normalised unigram probabilities (sum 1, 0 for the beginning-of-document token). */
  unigram: Float64Array;
  /** Dequantised share per stored byte; index 0 is 0. */
  values: Float64Array;
  /** childStart[j - 1]: for nodes of order j, where their children (order j + 1) begin; length n_j + 1. */
  childStart: Uint32Array[];
  /**
   * Per token id, its byte when the token is a single byte of 0x80 or more (a piece of a
   * character the vocabulary does not have), else -1. Missing: no such rule.
   */
  loneBytes?: Int16Array;
  /** words[k - 2]: last token of each order-k node. */
  words: (Uint16Array | Uint32Array)[];
  /** quantised[k - 2]: quantised share of each order-k node. */
  quantised: Uint8Array[];
}

/**
 * The n-gram trie with its lookups: child search, backoff weights (recomputed here so every
 * distribution sums to 1 whatever was pruned), context nodes, exact interpolated probabilities,
 * and children sorted by share, built lazily per context for top-k.
 *
 * @example
 * const tables = new ModelTables(arrays);
 * const nodes = tables.contextNodes([0, 17, 42]);
 * tables.probability(nodes, 99);
 */
export class ModelTables {
  readonly order: number;
  readonly vocabularySize: number;
  readonly unigram: Float64Array;
  /** unigramCumulative[i] = sum of unigram[0..i). */
  readonly unigramCumulative: Float64Array;
  /** Token ids by descending unigram probability. */
  readonly unigramRanked: Uint32Array;
  readonly values: Float64Array;
  readonly childStart: Uint32Array[];
  readonly words: (Uint16Array | Uint32Array)[];
  readonly quantised: Uint8Array[];
  /** gamma[j - 1]: backoff weight of each order-j node. */
  readonly gamma: Float64Array[];
  readonly #loneBytes: Int16Array | null;
  // ranked[k - 2]: node indices of order k, each context's children range sorted by share once used.
  readonly #ranked: Uint32Array[];
  readonly #rankedDone: Uint8Array[];

  constructor(arrays: ModelArrays) {
    this.order = arrays.order;
    this.vocabularySize = arrays.vocabularySize;
    this.unigram = arrays.unigram;
    this.values = arrays.values;
    this.childStart = arrays.childStart;
    this.words = arrays.words;
    this.quantised = arrays.quantised;
    this.#loneBytes = arrays.loneBytes ?? null;
    this.unigramCumulative = new Float64Array(this.vocabularySize + 1);
    for (let id = 0; id < this.vocabularySize; id++) this.unigramCumulative[id + 1] = (this.unigramCumulative[id] ?? 0) + (this.unigram[id] ?? 0);
    this.unigramRanked = Uint32Array.from({ length: this.vocabularySize }, (_, id) => id).sort(
      (a, b) => (this.unigram[b] ?? 0) - (this.unigram[a] ?? 0) || a - b,
    );
    this.gamma = this.childStart.map((starts, index) => {
      const quantised = this.quantised[index] ?? new Uint8Array();
      const gamma = new Float64Array(starts.length - 1);
      for (let node = 0; node < gamma.length; node++) {
        let sum = 0;
        for (let child = starts[node] ?? 0; child < (starts[node + 1] ?? 0); child++) sum += this.values[quantised[child] ?? 0] ?? 0;
        gamma[node] = Math.max(1 - sum, 0);
      }
      return gamma;
    });
    this.#ranked = this.words.map((words) => new Uint32Array(words.length));
    this.#rankedDone = this.childStart.map((starts) => new Uint8Array(starts.length - 1));
  }

  /**
   * Index of `word` among the children of order-`level` node `node`, or -1.
   *
   * @example
   * tables.findChild(1, tokenId, nextTokenId);
   */
  findChild(level: number, node: number, word: number): number {
    const starts = this.childStart[level - 1];
    const words = this.words[level - 1];
    if (!starts || !words) return -1;
    let low = starts[node] ?? 0;
    let high = starts[node + 1] ?? 0;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const value = words[middle] ?? 0;
      if (value === word) return middle;
      if (value < word) low = middle + 1;
      else high = middle;
    }
    return -1;
  }

  /**
   * First child index of order-`level` node `node` whose word is >= `word`.
   *
   * @example
   * tables.childLowerBound(1, tokenId, 0);
   */
  childLowerBound(level: number, node: number, word: number): number {
    const starts = this.childStart[level - 1];
    const words = this.words[level - 1];
    if (!starts || !words) return 0;
    let low = starts[node] ?? 0;
    let high = starts[node + 1] ?? 0;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle] ?? 0) < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * nodes[j] = the order-j node of the last j context tokens, or -1 where that history was not
   * kept (index 0 unused). Longer histories than order - 1 tokens are never consulted.
   *
   * @example
   * const nodes = tables.contextNodes([0, 17, 42]);
   */
  contextNodes(ids: readonly number[]): Int32Array {
    const nodes = new Int32Array(this.order).fill(-1);
    const length = ids.length;
    if (length === 0 || this.#endsUnknownCharacter(ids)) return nodes;
    nodes[1] = ids[length - 1] ?? -1;
    for (let level = 2; level < this.order && level <= length; level++) {
      let node = ids[length - level] ?? -1;
      for (let position = length - level + 1; position < length && node >= 0; position++) {
        node = this.findChild(position - (length - level), node, ids[position] ?? 0);
      }
      if (node < 0) break;
      nodes[level] = node;
    }
    return nodes;
  }

  // Whether the context ends with the last byte of a character spelt in lone bytes (one the
  // vocabulary lacks, so in a script the model has barely seen). Lone bytes come only from rare
  // characters in training, so what followed them there says nothing about another character
  // sharing its last byte: " ve" followed "ï" (C3 AF), and was offered at 29% after "は"
  // (E3 81 AF). Such a context is not used at all (the unigram distribution answers), while
  // inside a character, where the next byte is all but certain, the context still counts.
  #endsUnknownCharacter(ids: readonly number[]): boolean {
    const loneBytes = this.#loneBytes;
    if (!loneBytes) return false;
    const last = loneBytes[ids[ids.length - 1] ?? 0] ?? -1;
    if (last < 0x80 || last >= 0xc0) return false; // not a continuation byte: no character ends here
    for (let back = 2; back <= 4 && back <= ids.length; back++) {
      const byte = loneBytes[ids[ids.length - back] ?? 0] ?? -1;
      if (byte >= 0x80 && byte < 0xc0) continue;
      // A lead byte announces the character's length in bytes.
      const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 0;
      return size === back;
    }
    return false;
  }

  /**
   * weights[k] for k = 2..order: the weight of order k's share in the interpolation given
   * these context nodes; weights[1]: the unigram's weight.
   *
   * @example
   * const weights = tables.mixtureWeights(nodes);
   */
  mixtureWeights(nodes: Int32Array): Float64Array {
    const weights = new Float64Array(this.order + 1);
    let weight = 1;
    for (let k = this.order; k >= 2; k--) {
      const node = nodes[k - 1] ?? -1;
      if (node < 0) continue;
      weights[k] = weight;
      weight *= this.gamma[k - 2]?.[node] ?? 1;
    }
    weights[1] = weight;
    return weights;
  }

  /**
   * Exact interpolated Kneser-Ney probability of `word` after the context `nodes`.
   *
   * @example
   * tables.probability(tables.contextNodes(ids), word);
   */
  probability(nodes: Int32Array, word: number): number {
    let probability = 0;
    let weight = 1;
    for (let k = this.order; k >= 2; k--) {
      const node = nodes[k - 1] ?? -1;
      if (node < 0) continue;
      const child = this.findChild(k - 1, node, word);
      if (child >= 0) probability += weight * (this.values[this.quantised[k - 2]?.[child] ?? 0] ?? 0);
      weight *= this.gamma[k - 2]?.[node] ?? 1;
    }
    return probability + weight * (this.unigram[word] ?? 0);
  }

  /**
   * Child indices of order-`level` node `node`, sorted by descending share (cached).
   *
   * @example
   * const [ranked, start, end] = tables.rankedChildren(1, tokenId);
   */
  rankedChildren(level: number, node: number): [Uint32Array, number, number] {
    const ranked = this.#ranked[level - 1] ?? new Uint32Array();
    const start = this.childStart[level - 1]?.[node] ?? 0;
    const end = this.childStart[level - 1]?.[node + 1] ?? 0;
    const done = this.#rankedDone[level - 1];
    if (done && !done[node]) {
      const quantised = this.quantised[level - 1] ?? new Uint8Array();
      const range = ranked.subarray(start, end);
      for (let index = start; index < end; index++) range[index - start] = index;
      range.sort((a, b) => (quantised[b] ?? 0) - (quantised[a] ?? 0) || a - b);
      done[node] = 1;
    }
    return [ranked, start, end];
  }
}
