import { BOS_ID } from '../vocabulary.js';

/**
 * The distinct n-grams of one order (k >= 2), as parallel arrays indexed by n-gram id.
 *
 * @example
 * const trigrams: NgramTable | undefined = counts.tables[1];
 */
export interface NgramTable {
  /** Id of the (k-1)-gram prefix (a token id when k = 2). */
  parent: Int32Array;
  /** Last token. */
  word: Int32Array;
  /** Id of the (k-1)-gram suffix, for continuation counts of the lower order. */
  suffix: Int32Array;
  count: Int32Array;
  /** 1 when the n-gram starts with the beginning-of-document token (no left context exists). */
  startsDocument: Uint8Array;
  size: number;
}

/**
 * Raw counts of every order, index 0 = unigram counts per token id.
 *
 * @example
 * const counts: NgramCounts = countNgrams(documents, 4, vocabularySize);
 */
export interface NgramCounts {
  unigrams: Int32Array;
  /** tables[k - 2] holds order k. */
  tables: NgramTable[];
  tokens: number;
}

class GrowableInt32 {
  data = new Int32Array(1024);
  size = 0;
  push(value: number): void {
    if (this.size === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = value;
  }
  finish(): Int32Array {
    return this.data.slice(0, this.size);
  }
}

/**
 * Counts all n-grams up to `order` in documents of token ids, each document starting with the
 * beginning-of-document token. An n-gram id at order k is keyed by (prefix id, last token), so
 * keys stay exact JavaScript numbers and each order is one pass over the corpus.
 *
 * @example
 * const counts = countNgrams([Int32Array.from([0, 5, 6, 5, 6])], 4, 300);
 */
export function countNgrams(documents: readonly Int32Array[], order: number, vocabularySize: number): NgramCounts {
  const length = documents.reduce((sum, document) => sum + document.length, 0);
  const tokens = new Int32Array(length);
  let offset = 0;
  for (const document of documents) {
    tokens.set(document, offset);
    offset += document.length;
  }
  const unigrams = new Int32Array(vocabularySize);
  for (const token of tokens) if (token !== BOS_ID) unigrams[token] = (unigrams[token] ?? 0) + 1;

  // previous[i]: id of the (k-1)-gram ending at position i, -1 where it would cross a document start.
  let previous = tokens;
  let previousStartsDocument: Uint8Array = new Uint8Array(vocabularySize);
  previousStartsDocument[BOS_ID] = 1;
  const tables: NgramTable[] = [];
  for (let k = 2; k <= order; k++) {
    const ids = new Map<number, number>();
    const current = new Int32Array(length).fill(-1);
    const parent = new GrowableInt32();
    const word = new GrowableInt32();
    const suffix = new GrowableInt32();
    const count = new GrowableInt32();
    for (let index = 1; index < length; index++) {
      const token = tokens[index] ?? BOS_ID;
      const prefix = previous[index - 1] ?? -1;
      if (token === BOS_ID || prefix < 0) continue;
      const key = prefix * vocabularySize + token;
      let id = ids.get(key);
      if (id === undefined) {
        id = parent.size;
        ids.set(key, id);
        parent.push(prefix);
        word.push(token);
        suffix.push(previous[index] ?? -1);
        count.push(0);
      }
      count.data[id] = (count.data[id] ?? 0) + 1;
      current[index] = id;
    }
    const table: NgramTable = {
      parent: parent.finish(),
      word: word.finish(),
      suffix: suffix.finish(),
      count: count.finish(),
      startsDocument: new Uint8Array(parent.size),
      size: parent.size,
    };
    for (let id = 0; id < table.size; id++) table.startsDocument[id] = previousStartsDocument[table.parent[id] ?? 0] ?? 0;
    tables.push(table);
    previous = current;
    previousStartsDocument = table.startsDocument;
  }
  return { unigrams, tables, tokens: length };
}
