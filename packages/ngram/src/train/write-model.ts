import { MODEL_FORMAT_VERSION, MODEL_MAGIC, type ModelHeader } from '../model-format.js';
import { ByteWriter } from './byte-writer.js';
import type { NgramCounts } from './count-ngrams.js';
import { entropyPruningScores } from './entropy-pruning.js';
import type { KneserNeyEstimate } from './kneser-ney.js';

/**
 * What gets stored: which n-grams survive pruning and how shares are quantised.
 *
 * @example
 * writeModel(tokens, counts, estimate, { minimumCounts: [1, 1, 2, 2], training: {} } satisfies WriteModelOptions);
 */
export interface WriteModelOptions {
  /** minimumCounts[k - 1]: raw count an order-k n-gram needs to be kept; never decreasing. */
  minimumCounts: readonly number[];
  /** Also keeps an n-gram of order 3+ under its minimum count when its entropy-pruning score reaches this. */
  keepAboveEntropy?: number;
  training: Record<string, unknown>;
}

// exp(-15) is about 3e-7: smaller shares are stored as 0 and their mass moves to the backoff.
const LOG_MIN = -15;
const LOG_STEP = 15 / 255;

function quantise(share: number): number {
  if (share <= 0) return 0;
  // Rounding down keeps every stored share <= the true one, so backoff weights stay >= 0.
  const level = Math.floor((Math.log(share) - LOG_MIN) / LOG_STEP);
  return Math.min(Math.max(level, 0), 255);
}

// Stable counting sort of `ids` by `keyOf(id)` in [0, buckets).
function countingSort(ids: Int32Array, buckets: number, keyOf: (id: number) => number): Int32Array {
  const starts = new Int32Array(buckets + 1);
  for (const id of ids) {
    const key = keyOf(id) + 1;
    starts[key] = (starts[key] ?? 0) + 1;
  }
  for (let bucket = 0; bucket < buckets; bucket++) starts[bucket + 1] = (starts[bucket + 1] ?? 0) + (starts[bucket] ?? 0);
  const sorted = new Int32Array(ids.length);
  for (const id of ids) {
    const key = keyOf(id);
    sorted[starts[key] ?? 0] = id;
    starts[key] = (starts[key] ?? 0) + 1;
  }
  return sorted;
}

/**
 * Prunes rare n-grams, orders every order's nodes by (parent, word) and writes the model file
 * described in model-format.ts.
 *
 * @example
 * const bytes = writeModel(tokens, counts, estimate, { minimumCounts: [1, 1, 2, 2], training: {} });
 */
export function writeModel(
  tokens: readonly Uint8Array[],
  counts: NgramCounts,
  estimate: KneserNeyEstimate,
  options: WriteModelOptions,
): { bytes: Uint8Array; nodeCounts: number[] } {
  const vocabularySize = tokens.length;
  const order = counts.tables.length + 1;
  // newIndex[k - 2][id]: position of order-k n-gram `id` in the file, -1 when pruned.
  let parentIndex: Int32Array = Int32Array.from({ length: vocabularySize }, (_, id) => id);
  let parentSize = vocabularySize;
  const sections: { childCounts: Int32Array; words: Int32Array; quantised: Uint8Array }[] = [];
  const nodeCounts = [vocabularySize];
  for (let k = 2; k <= order; k++) {
    const table = counts.tables[k - 2];
    const shares = estimate.shares[k - 2];
    if (!table || !shares) break;
    const minimum = options.minimumCounts[k - 1] ?? 1;
    const keptIds: number[] = [];
    const scores = options.keepAboveEntropy !== undefined && k >= 3 ? entropyPruningScores(counts, estimate, k) : null;
    for (let id = 0; id < table.size; id++) {
      const worthKeeping = (table.count[id] ?? 0) >= minimum || (scores !== null && (scores[id] ?? 0) >= (options.keepAboveEntropy ?? Infinity));
      if (worthKeeping && (parentIndex[table.parent[id] ?? 0] ?? -1) >= 0) keptIds.push(id);
    }
    const currentParent = parentIndex;
    let sorted = countingSort(Int32Array.from(keptIds), vocabularySize, (id) => table.word[id] ?? 0);
    sorted = countingSort(sorted, parentSize, (id) => currentParent[table.parent[id] ?? 0] ?? 0);
    const index = new Int32Array(table.size).fill(-1);
    const childCounts = new Int32Array(parentSize);
    const words = new Int32Array(sorted.length);
    const quantised = new Uint8Array(sorted.length);
    sorted.forEach((id, position) => {
      index[id] = position;
      const parent = currentParent[table.parent[id] ?? 0] ?? 0;
      childCounts[parent] = (childCounts[parent] ?? 0) + 1;
      words[position] = table.word[id] ?? 0;
      quantised[position] = quantise(shares[id] ?? 0);
    });
    sections.push({ childCounts, words, quantised });
    nodeCounts.push(sorted.length);
    parentIndex = index;
    parentSize = sorted.length;
  }

  const wordIdBytes = vocabularySize > 0xffff ? 4 : 2;
  const header: ModelHeader = {
    order: sections.length + 1,
    vocabularySize,
    nodeCounts,
    logMin: LOG_MIN,
    logStep: LOG_STEP,
    wordIdBytes,
    training: options.training,
  };
  const writer = new ByteWriter();
  writer.bytes(new TextEncoder().encode(MODEL_MAGIC));
  writer.u8(MODEL_FORMAT_VERSION);
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  writer.u32(headerBytes.length);
  writer.bytes(headerBytes);
  for (const token of tokens) {
    writer.varint(token.length);
    writer.bytes(token);
  }
  for (const probability of estimate.unigram) writer.f32(probability);
  for (const section of sections) {
    for (const count of section.childCounts) writer.varint(count);
    for (const word of section.words) {
      if (wordIdBytes === 2) writer.u16(word);
      else writer.u32(word);
    }
    writer.bytes(section.quantised);
  }
  return { bytes: writer.finish(), nodeCounts };
}
