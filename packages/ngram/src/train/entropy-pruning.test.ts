import { describe, expect, it } from 'vitest';
import { loadModel } from '../load-model.js';
import { TINY_CORPUS } from '../test-fixtures/tiny-corpus.js';
import { trainModel } from './train-model.js';

const options = { order: 4, minimumCounts: [1, 1, 2, 2], minWordCount: 2 };

describe('entropy-based pruning (keepAboveEntropy)', () => {
  it('keeps more rare n-grams the lower the bound, never fewer than count pruning alone', () => {
    const counted = trainModel(TINY_CORPUS, options).report.nodeCounts;
    const loose = trainModel(TINY_CORPUS, { ...options, keepAboveEntropy: 1e-4 }).report.nodeCounts;
    const looser = trainModel(TINY_CORPUS, { ...options, keepAboveEntropy: 1e-6 }).report.nodeCounts;
    const all = trainModel(TINY_CORPUS, { ...options, minimumCounts: [1, 1, 1, 1] }).report.nodeCounts;
    for (const order of [2, 3]) {
      expect(loose[order]).toBeGreaterThanOrEqual(counted[order] ?? 0);
      expect(looser[order]).toBeGreaterThanOrEqual(loose[order] ?? 0);
      expect(looser[order]).toBeLessThanOrEqual(all[order] ?? 0);
    }
    expect(looser[2]).toBeGreaterThan(counted[2] ?? 0);
  });

  it('still gives distributions that sum to 1', () => {
    const model = loadModel(trainModel(TINY_CORPUS, { ...options, keepAboveEntropy: 1e-4 }).bytes);
    for (const context of ['We the', 'Call me Ishmael.', 'नमस्ते']) {
      const ids = [0, ...model.encode(context)].slice(-3);
      expect(model.probabilities(ids).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9);
    }
  });
});
