import type { ModelHeader } from './model-format.js';
import type { ModelTables } from './model-tables.js';
import { cachedTopK } from './cached-top-k.js';
import { DocumentCache, LONG_CONTEXT, type DocumentOptions } from './document-cache.js';
import { contextIds, contextTail, healPrompt, readDocument, type PrefixConstraint } from './prompt-context.js';
import { trailingPartialWord } from './pre-tokenize.js';
import { sample } from './sample-token.js';
import { seededRandom } from './seeded-random.js';
import { distribution, topKIds, topKInRange, type ScoredId } from './top-k.js';
import { tokenText } from './token-text.js';
import type { Vocabulary } from './vocabulary.js';
import type { CachePart } from './document-cache.js';

/**
 * A token as OpenAI's API describes one: display text and UTF-8 bytes.
 *
 * @example
 * const info: TokenInfo = model.tokenInfo(42); // { id: 42, token: ' the', bytes: [32, 116, 104, 101] }
 */
export interface TokenInfo {
  id: number;
  /** Display text; pieces of a multi-byte character read `bytes:\xe4\xbd` (OpenAI's convention). */
  token: string;
  bytes: number[];
}

/**
 * A token with its natural-log probability.
 *
 * @example
 * const [best]: TokenLogprob[] = model.topK('We the', 1);
 */
export interface TokenLogprob extends TokenInfo {
  logprob: number;
}

/**
 * One generated position: the chosen token and the most likely alternatives there.
 *
 * @example
 * const [first]: GeneratedToken[] = model.generate('We the Peo', { maxTokens: 1, topLogprobs: 5 });
 */
export interface GeneratedToken extends TokenLogprob {
  topLogprobs: TokenLogprob[];
}

/**
 * Options of {@link NgramModel.generate}.
 *
 * @example
 * const options: GenerateOptions = { maxTokens: 8, temperature: 0.7, topP: 0.9, seed: 1, topLogprobs: 5 };
 */
export interface GenerateOptions {
  /** Tokens to generate; default 16. */
  maxTokens?: number;
  /** 0 (default) is greedy; otherwise probabilities are raised to 1 / temperature and sampled. */
  temperature?: number;
  /** Nucleus sampling: sample only from the most likely tokens that make up this much probability; default 1. */
  topP?: number;
  /** Sampling seed; default 0, so the same request always gives the same tokens. */
  seed?: number;
  /** Alternatives reported per position, 0 to 20; default 0. */
  topLogprobs?: number;
  /** Treat a trailing partial word as a prefix constraint (token healing); default true. */
  healPartialWord?: boolean;
  /** Adapt to the document (see {@link DocumentOptions}), or to a cache already built for it; default off. */
  document?: DocumentOptions | DocumentCache;
}


/**
 * Facts from the model header.
 *
 * @example
 * model.info.order; // 4
 */
export interface ModelInfo {
  order: number;
  vocabularySize: number;
  nodeCounts: readonly number[];
  training: Readonly<Record<string, unknown>>;
}

const MAX_TOP = 20;

/**
 * An interpolated modified Kneser-Ney n-gram language model with an OpenAI-like tokenizer.
 * Create one with `loadModel(bytes)`.
 *
 * @example
 * const model = loadModel(bytes);
 * model.topK('We the', 5); // [{ token: ' People', logprob: -0.4, bytes: [...] }, ...]
 * model.nextTokens('We the Peo', 3); // [{ token: 'ple', ... }]
 * model.generate('Call me', { maxTokens: 5, topLogprobs: 3 });
 */
export class NgramModel {
  readonly info: ModelInfo;
  readonly #vocabulary: Vocabulary;
  readonly #tables: ModelTables;
  readonly #byteLists: (number[] | undefined)[];

  constructor(vocabulary: Vocabulary, tables: ModelTables, header: ModelHeader) {
    this.#vocabulary = vocabulary;
    this.#tables = tables;
    this.#byteLists = new Array<number[] | undefined>(vocabulary.size);
    this.info = { order: header.order, vocabularySize: header.vocabularySize, nodeCounts: header.nodeCounts, training: header.training };
  }

  /**
   * Tokens of `text` with their bytes; joining the bytes gives the UTF-8 of `text` exactly.
   *
   * @example
   * model.tokenize('नमस्ते 🙂');
   */
  tokenize(text: string): TokenInfo[] {
    return this.#vocabulary.encode(text).map((id) => this.tokenInfo(id));
  }

  /**
   * Token ids of `text` (no beginning-of-document token).
   *
   * @example
   * model.encode('We the People');
   */
  encode(text: string): number[] {
    return this.#vocabulary.encode(text);
  }

  /**
   * Text of token ids.
   *
   * @example
   * model.decode(model.encode('héllo')); // 'héllo'
   */
  decode(ids: readonly number[]): string {
    return this.#vocabulary.decode(ids);
  }

  /**
   * Text and bytes of token `id`, minus the first `skipBytes` bytes (the typed part of a word).
   *
   * @example
   * model.tokenInfo(123);
   */
  tokenInfo(id: number, skipBytes = 0): TokenInfo {
    const all = this.#vocabulary.bytes[id] ?? new Uint8Array();
    if (skipBytes === 0) return { id, token: this.#vocabulary.texts[id] ?? '', bytes: this.#byteList(id).slice() };
    const rest = all.subarray(skipBytes);
    return { id, token: tokenText(rest), bytes: Array.from(rest) };
  }

  // A token's bytes as a plain array, built once per id: every generated position reports up to
  // 21 tokens, and Array.from on a typed array costs more than copying a plain array. Callers
  // get a copy, so what they do with it cannot reach the cache.
  #byteList(id: number): number[] {
    let list = this.#byteLists[id];
    if (!list) {
      list = Array.from(this.#vocabulary.bytes[id] ?? new Uint8Array());
      this.#byteLists[id] = list;
    }
    return list;
  }

  // A token with its logprob, built in one shape (no spread) because generation makes many.
  #tokenLogprob(id: number, skipBytes: number, logprob: number): TokenLogprob {
    if (skipBytes !== 0) {
      const { token, bytes } = this.tokenInfo(id, skipBytes);
      return { id, token, bytes, logprob };
    }
    return { id, token: this.#vocabulary.texts[id] ?? '', bytes: this.#byteList(id).slice(), logprob };
  }

  /**
   * The `k` (1-20) most likely next tokens after `context`. With `prefix`, only tokens that
   * continue `prefix` are considered, renormalised, and each is returned as its missing part.
   *
   * @example
   * model.topK('We the', 5, { prefix: ' Peo' }); // [{ token: 'ple', ... }]
   */
  topK(context: string, k: number, options: { prefix?: string; document?: DocumentOptions | DocumentCache } = {}): TokenLogprob[] {
    const cache = this.#cacheFor(context, options.document);
    const ids = contextTail(this.#vocabulary, context, this.#history(cache));
    if (!options.prefix) return this.#top(ids, null, k, cache);
    const prefix = new TextEncoder().encode(options.prefix);
    const [start, end] = this.#vocabulary.prefixRange(prefix);
    const exact = start < end && this.#vocabulary.bytes[start]?.length === prefix.length ? 1 : 0;
    return this.#top(ids, { start: start + exact, end, prefixLength: prefix.length, renormalise: true }, k, cache);
  }

  /**
   * The `k` most likely next tokens after `text`, healing a trailing partial word: "We the Peo"
   * gives "ple" (from " People") and other continuations of " Peo" only.
   *
   * @example
   * model.nextTokens('We the Peo', 5);
   */
  nextTokens(text: string, k: number, options: { document?: DocumentOptions | DocumentCache } = {}): TokenLogprob[] {
    const cache = this.#cacheFor(text, options.document);
    const { ids, constraint } = healPrompt(this.#vocabulary, this.#tables, text, cache);
    return this.#top(ids, constraint, k, cache);
  }

  /**
   * The document cache for one request: the tokens of `before` (without a trailing partial
   * word, which is being typed and is no evidence) and of `after`. Build it once per request and
   * pass it as `document` to every call of that request, or to {@link probability} and
   * {@link probabilities}; given `{ after }` instead, a query method builds it itself.
   *
   * @example
   * const cache = model.documentCache('Captain Quilliber sailed. Then Captain Qu');
   * model.probability(ids, id, cache);
   */
  documentCache(before: string, after = ''): DocumentCache {
    const typing = trailingPartialWord(before) || (before.endsWith(' ') ? ' ' : '');
    const written = before.slice(0, before.length - typing.length);
    const document = readDocument(this.#vocabulary, written, after);
    return new DocumentCache(document.before, document.after, { words: document.words });
  }

  /**
   * Generates up to `maxTokens` tokens after `text`, each with its top alternatives.
   *
   * @example
   * model.generate('Call me', { maxTokens: 3, topLogprobs: 5 });
   */
  generate(text: string, options: GenerateOptions = {}): GeneratedToken[] {
    return [...this.stream(text, options)];
  }

  /**
   * Like {@link generate}, one token at a time (for streaming responses).
   *
   * @example
   * for (const token of model.stream('Call me', { maxTokens: 3 })) console.log(token.token);
   */
  *stream(text: string, options: GenerateOptions = {}): Generator<GeneratedToken> {
    const maxTokens = options.maxTokens ?? 16;
    const temperature = options.temperature ?? 0;
    const topP = options.topP ?? 1;
    const topLogprobs = Math.min(Math.max(Math.trunc(options.topLogprobs ?? 0), 0), MAX_TOP);
    const random = seededRandom(options.seed ?? 0);
    const cache = this.#cacheFor(text, options.document);
    const healed =
      options.healPartialWord === false ? { ids: contextTail(this.#vocabulary, text, this.#history(cache)), constraint: null } : healPrompt(this.#vocabulary, this.#tables, text, cache);
    const ids = healed.ids;
    let constraint: PrefixConstraint | null = healed.constraint;
    const history = this.#tables.order - 1;
    for (let step = 0; step < maxTokens; step++) {
      const nodes = this.#tables.contextNodes(ids.length > history ? ids.slice(-history) : ids);
      const start = constraint?.start ?? 0;
      const end = constraint?.end ?? this.#tables.vocabularySize;
      const part = cache?.at(ids) ?? null;
      const { items, total } = this.#scored(nodes, constraint, Math.max(topLogprobs, 1), cache, part);
      let chosen = items[0]?.id ?? 0;
      if (temperature > 0) chosen = sample(this.#distribution(nodes, start, end, part), temperature, topP, random()) + start;
      const skip = constraint?.prefixLength ?? 0;
      let probability = -1;
      for (const item of items) {
        if (item.id === chosen) {
          probability = item.probability;
          break;
        }
      }
      if (probability < 0) probability = this.#probability(nodes, chosen, part);
      const alternatives: TokenLogprob[] = [];
      for (let rank = 0; rank < topLogprobs && rank < items.length; rank++) {
        const item = items[rank];
        if (item) alternatives.push(this.#tokenLogprob(item.id, skip, Math.log(item.probability / total)));
      }
      const token = this.#tokenLogprob(chosen, skip, Math.log(probability / total));
      yield { id: token.id, token: token.token, bytes: token.bytes, logprob: token.logprob, topLogprobs: alternatives };
      ids.push(chosen);
      constraint = null;
    }
  }

  /**
   * Log probability of each token of `text` given the tokens before it (the first token given
   * the start of a document), with the top alternatives at each position.
   *
   * @example
   * model.score('We the People', 5);
   */
  score(text: string, topLogprobs: number): GeneratedToken[] {
    const ids = contextIds(this.#vocabulary, text);
    const out: GeneratedToken[] = [];
    for (let position = 1; position < ids.length; position++) {
      const id = ids[position] ?? 0;
      const nodes = this.#tables.contextNodes(ids.slice(Math.max(0, position - this.#tables.order + 1), position));
      const items = topLogprobs > 0 ? topKIds(this.#tables, nodes, Math.min(topLogprobs, MAX_TOP)) : [];
      const token = this.#tokenLogprob(id, 0, Math.log(this.#tables.probability(nodes, id)));
      const alternatives = items.map((item) => this.#tokenLogprob(item.id, 0, Math.log(item.probability)));
      out.push({ id: token.id, token: token.token, bytes: token.bytes, logprob: token.logprob, topLogprobs: alternatives });
    }
    return out;
  }

  /**
   * The whole next-token distribution after context ids (index = token id); sums to 1.
   *
   * @example
   * model.probabilities([0]).reduce((a, b) => a + b); // 1
   */
  probabilities(ids: readonly number[], cache?: DocumentCache): Float64Array {
    return this.#distribution(this.#tables.contextNodes(ids), 0, this.#tables.vocabularySize, cache?.at(ids) ?? null);
  }

  /**
   * Probability of token `id` after context ids, computed point-wise (no distribution); with a
   * document cache, under the model adapted to that document.
   *
   * @example
   * model.probability([0], model.encode('The')[0] ?? 0);
   */
  probability(ids: readonly number[], id: number, cache?: DocumentCache): number {
    return this.#probability(this.#tables.contextNodes(ids), id, cache?.at(ids) ?? null);
  }

  // A request makes several calls (the path, then each option's word): one cache serves them all.
  #cacheFor(text: string, document: DocumentOptions | DocumentCache | undefined): DocumentCache | null {
    if (!document) return null;
    return document instanceof DocumentCache ? document : this.documentCache(text, document.after);
  }

  // Context tokens a query needs: the model's history, or more for the cache's long matches.
  #history(cache: DocumentCache | null): number {
    return cache ? Math.max(this.#tables.order - 1, LONG_CONTEXT) : this.#tables.order - 1;
  }

  #probability(nodes: Int32Array, id: number, part: CachePart | null): number {
    const probability = this.#tables.probability(nodes, id);
    return part ? (1 - part.weight) * probability + part.mass(id) : probability;
  }

  #distribution(nodes: Int32Array, start: number, end: number, part: CachePart | null): Float64Array {
    const out = distribution(this.#tables, nodes, start, end);
    if (!part) return out;
    for (let index = 0; index < out.length; index++) out[index] = (1 - part.weight) * (out[index] ?? 0) + part.mass(index + start);
    return out;
  }

  #scored(nodes: Int32Array, constraint: PrefixConstraint | null, k: number, cache: DocumentCache | null = null, part: CachePart | null = null): { items: ScoredId[]; total: number } {
    if (!constraint) {
      const items = topKIds(this.#tables, nodes, k);
      return cache && part ? cachedTopK(this.#tables, nodes, cache, part, items, 1, k, 0, this.#tables.vocabularySize) : { items, total: 1 };
    }
    let scored = topKInRange(this.#tables, nodes, k, constraint.start, constraint.end);
    if (cache && part) scored = cachedTopK(this.#tables, nodes, cache, part, scored.items, scored.total, k, constraint.start, constraint.end);
    return { items: scored.items, total: constraint.renormalise ? scored.total : 1 };
  }

  #top(ids: readonly number[], constraint: PrefixConstraint | null, k: number, cache: DocumentCache | null = null): TokenLogprob[] {
    const nodes = this.#tables.contextNodes(ids.slice(-(this.#tables.order - 1)));
    const { items, total } = this.#scored(nodes, constraint, Math.min(Math.max(Math.trunc(k), 1), MAX_TOP), cache, cache?.at(ids) ?? null);
    const skip = constraint?.prefixLength ?? 0;
    return items.map((item) => ({ ...this.tokenInfo(item.id, skip), logprob: Math.log(item.probability / total) }));
  }
}
