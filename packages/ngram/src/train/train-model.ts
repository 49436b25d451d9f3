import { Vocabulary, BOS_ID } from '../vocabulary.js';
import { buildVocabulary, type VocabularyOptions } from './build-vocabulary.js';
import { countNgrams } from './count-ngrams.js';
import { estimateKneserNey } from './kneser-ney.js';
import { writeModel } from './write-model.js';

/**
 * Options of {@link trainModel}.
 *
 * @example
 * trainModel(documents, { order: 5, minimumCounts: [1, 1, 2, 2, 3] } satisfies TrainModelOptions);
 */
export interface TrainModelOptions extends VocabularyOptions {
  /** n of the n-gram model, 2 to 6; default 4. */
  order?: number;
  /** Raw count an n-gram of order k needs to be kept, index k - 1; default [1, 1, 2, 2, 2, 2]. */
  minimumCounts?: readonly number[];
  /** Keeps n-grams of order 3+ under their minimum count whose entropy-pruning score reaches this (see `entropyPruningScores`); default none. */
  keepAboveEntropy?: number;
  /** Extra facts stored in the model header (corpus names, held-out split). */
  metadata?: Record<string, unknown>;
}

/**
 * Facts about one training run.
 *
 * @example
 * const { report }: { report: TrainingReport } = trainModel(documents);
 */
export interface TrainingReport {
  order: number;
  vocabularySize: number;
  trainingTokens: number;
  documents: number;
  /** Stored nodes per order, index 0 = unigrams. */
  nodeCounts: number[];
  discounts: number[][];
  bytes: number;
}

/**
 * Trains an interpolated modified Kneser-Ney n-gram model on `documents` (each one a separate
 * text: contexts never cross a document boundary) and returns the model file's bytes, which
 * `loadModel` reads.
 *
 * @example
 * const { bytes } = trainModel(['We the People of the United States, in Order to form...']);
 * const model = loadModel(bytes);
 */
export function trainModel(documents: readonly string[], options: TrainModelOptions = {}): { bytes: Uint8Array; report: TrainingReport } {
  const order = options.order ?? 4;
  if (!Number.isInteger(order) || order < 2 || order > 6) throw new RangeError(`order must be an integer from 2 to 6, received ${order}`);
  const texts = documents.filter((text) => text.length > 0);
  if (texts.length === 0) throw new RangeError('the corpus has no text');
  const tokens = buildVocabulary(texts, options);
  const vocabulary = new Vocabulary(tokens);
  const encoded = texts.map((text) => Int32Array.from([BOS_ID, ...vocabulary.encode(text)]));
  const counts = countNgrams(encoded, order, vocabulary.size);
  const estimate = estimateKneserNey(counts);
  const minimumCounts = options.minimumCounts ?? [1, 1, 2, 2, 2, 2];
  const training = {
    ...options.metadata,
    documents: texts.length,
    trainingTokens: counts.tokens - texts.length,
    discounts: estimate.discounts.map((values) => values.map((value) => Number(value.toFixed(4)))),
    minimumCounts: minimumCounts.slice(0, order),
  };
  const { bytes, nodeCounts } = writeModel(tokens, counts, estimate, {
    minimumCounts,
    training,
    ...(options.keepAboveEntropy !== undefined ? { keepAboveEntropy: options.keepAboveEntropy } : {}),
  });
  return {
    bytes,
    report: {
      order,
      vocabularySize: vocabulary.size,
      trainingTokens: training.trainingTokens,
      documents: texts.length,
      nodeCounts,
      discounts: training.discounts,
      bytes: bytes.length,
    },
  };
}
