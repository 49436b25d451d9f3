import { BOS_ID } from './vocabulary.js';

/**
 * Interpolation weights of the document cache: the share of probability moved to the
 * document's own unigram, bigram and trigram statistics. The bigram and trigram shares apply
 * when the current context occurs in the document, scaled by n / (n + contextPrior) for a
 * context followed n times, so a context seen once counts for less than one seen ten times.
 *
 * @example
 * const { unigram, bigram, trigram, contextPrior }: CacheWeights = DEFAULT_CACHE_WEIGHTS;
 */
export interface CacheWeights {
  unigram: number;
  bigram: number;
  trigram: number;
  /** After the same LONG_CONTEXT tokens: a phrase or name being written again. */
  long: number;
  contextPrior: number;
}

/**
 * Context tokens the `long` part matches (a 5-gram cache).
 *
 * @example
 * contextTail(vocabulary, text, LONG_CONTEXT);
 */
export const LONG_CONTEXT = 4;

/**
 * Fitted by grid search for the lowest log loss on the development split (Moby-Dick 126-130,
 * addresses 2012-2016) under a model trained without it (`fitCacheWeights`, every 3rd token):
 * perplexity there 208 -> 179. `npm run bench` refits them and prints the result.
 *
 * @example
 * new DocumentCache(ids, [], { weights: DEFAULT_CACHE_WEIGHTS });
 */
export const DEFAULT_CACHE_WEIGHTS: CacheWeights = { unigram: 0.08, bigram: 0.1, trigram: 0.15, long: 0.4, contextPrior: 1 };

/**
 * The document cache's share for one context: `weight` is the total moved from the n-gram
 * model; `mass(id)` is the share that goes to token `id` (summing to `weight` over all ids).
 *
 * @example
 * const part: CachePart = cache.at(contextIds);
 * const probability = (1 - part.weight) * knProbability + part.mass(id);
 */
export interface CachePart {
  weight: number;
  /** Ids with cache mass beyond the unigram part (followers of the context in the document). */
  followers: ReadonlyMap<number, number>;
  /** Cache mass of token `id`. */
  mass(id: number): number;
  /** Unigram cache mass per occurrence (λ₁ / N); ids ranked by count are in `ranked`. */
  unigramUnit: number;
}

const SEPARATOR = -1;
// Context tokens each n-gram part needs to match: bigram 1, trigram 2, long LONG_CONTEXT.
const MATCHES = [1, 2, LONG_CONTEXT] as const;

/**
 * A cache model over one request's document (Kuhn and De Mori's cache, with n-gram parts as in
 * Mikolov's thesis): counts of the document's tokens, and of the tokens that followed the
 * current last one or two tokens elsewhere in the document, interpolated with the Kneser-Ney
 * model. Built per request from the text before the caret (and after it, when sent), it keeps
 * no state between requests, so it runs the same in browsers, Workers and Node.
 *
 * @example
 * const cache = new DocumentCache([...beforeIds], [...afterIds]);
 * const part = cache.at([...contextIds]);
 */
export class DocumentCache {
  readonly weights: CacheWeights;
  /** The document's tokens, the after-caret part behind a separator so no n-gram spans the caret. */
  readonly #ids: Int32Array;
  readonly #counts = new Map<number, number>();
  /** Ids by descending count (then id): the unigram part's candidates, best first. */
  readonly ranked: Int32Array;
  readonly #total: number;

  readonly #words: ReadonlyMap<string, number>;

  constructor(before: readonly number[], after: readonly number[] = [], options: { weights?: CacheWeights; words?: ReadonlyMap<string, number> } = {}) {
    this.weights = options.weights ?? DEFAULT_CACHE_WEIGHTS;
    this.#words = options.words ?? new Map();
    const ids = new Int32Array(before.length + (after.length > 0 ? after.length + 1 : 0));
    ids.set(before);
    if (after.length > 0) {
      ids[before.length] = SEPARATOR;
      ids.set(after, before.length + 1);
    }
    this.#ids = ids;
    let total = 0;
    for (const [index, id] of ids.entries()) {
      if (id <= 0) continue; // the separator and the beginning-of-document token are never predicted
      // The document's first word is spelt without its leading space ("The"), a form that
      // anywhere else glues onto the word before it ("StatesThe"): a short document would push
      // it everywhere. It is no evidence for the unigram part (the n-gram parts still see it).
      if (index === 1 && ids[0] === BOS_ID) continue;
      this.#counts.set(id, (this.#counts.get(id) ?? 0) + 1);
      total++;
    }
    this.#total = total;
    const entries = [...this.#counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    this.ranked = Int32Array.from(entries, (entry) => entry[0]);
  }

  /**
   * The document's most frequent word (pre-token, with its leading space) that strictly extends
   * `partial`, if any (ties: the first met).
   *
   * @example
   * cache.wordExtending(' Qu'); // ' Quilliber'
   */
  wordExtending(partial: string): string | undefined {
    let best: string | undefined;
    let bestCount = 0;
    for (const [word, count] of this.#words) {
      if (count > bestCount && word.length > partial.length && word.startsWith(partial)) {
        best = word;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * How often token `id` occurs in the document.
   *
   * @example
   * cache.count(id);
   */
  count(id: number): number {
    return this.#counts.get(id) ?? 0;
  }

  /**
   * The cache mass `part` gives to the ids [start, end) (a typed prefix's tokens).
   *
   * @example
   * cache.rangeMass(cache.at(ids), start, end);
   */
  rangeMass(part: CachePart, start: number, end: number): number {
    let mass = 0;
    for (const [id, share] of part.followers) if (id >= start && id < end) mass += share;
    if (part.unigramUnit > 0) for (const id of this.ranked) if (id >= start && id < end) mass += part.unigramUnit * (this.#counts.get(id) ?? 0);
    return mass;
  }

  /**
   * The cache's share after `context` (token ids, the last ones matter): the unigram part when
   * the document has tokens, plus the bigram and trigram parts when the last one or two context
   * tokens occur in the document followed by something. `weights` default to the cache's own.
   *
   * @example
   * cache.at([0, id('We'), id(' the')]).mass(id(' People'));
   */
  at(context: readonly number[], weights: CacheWeights = this.weights): CachePart {
    const length = context.length;
    const last = context[length - 1] ?? SEPARATOR;
    const counts = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
    const totals = [0, 0, 0];
    const ids = this.#ids;
    if (last > 0) {
      for (let position = 1; position < ids.length; position++) {
        const next = ids[position] ?? SEPARATOR;
        if (ids[position - 1] !== last || next <= 0) continue;
        // How many context tokens match before this occurrence (up to LONG_CONTEXT).
        let matched = 1;
        while (matched < LONG_CONTEXT && position - 1 - matched >= 0 && matched < length && ids[position - 1 - matched] === context[length - 1 - matched]) matched++;
        for (let part = 0; part < 3; part++) {
          const map = counts[part];
          if (!map || matched < (MATCHES[part] ?? LONG_CONTEXT)) break;
          map.set(next, (map.get(next) ?? 0) + 1);
          totals[part] = (totals[part] ?? 0) + 1;
        }
      }
    }
    const unigram = this.#total > 0 ? weights.unigram : 0;
    const { contextPrior } = weights;
    const followers = new Map<number, number>();
    let weight = unigram;
    [weights.bigram, weights.trigram, weights.long].forEach((share, part) => {
      const total = totals[part] ?? 0;
      if (total === 0) return;
      const scaled = (share * total) / (total + contextPrior);
      weight += scaled;
      for (const [id, count] of counts[part] ?? []) followers.set(id, (followers.get(id) ?? 0) + (scaled * count) / total);
    });
    const unigramUnit = unigram > 0 ? unigram / this.#total : 0;
    const documentCounts = this.#counts;
    return {
      weight,
      followers,
      unigramUnit,
      mass: (id) => (followers.get(id) ?? 0) + unigramUnit * (documentCounts.get(id) ?? 0),
    };
  }
}

/**
 * Turns on the document cache: the model adapts to the request's own text (the text before the
 * caret, and `after`, the text after it, when given), so names and phrases already written
 * become easy to complete. Stateless: built from this request's text only.
 *
 * @example
 * model.nextTokens('Captain Quilliber sailed. Then Captain Qu', 5, { document: { after: ' came home.' } });
 */
export interface DocumentOptions {
  /** Text after the caret; default none. */
  after?: string;
}
