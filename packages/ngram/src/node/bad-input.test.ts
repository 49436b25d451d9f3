import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { HOSTILE_DOCUMENTS } from '../bench/hostile-documents.js';

// Hostile documents against the default model, with and without the document cache (the bench
// prints how long each takes: timing belongs there, not in a test on a shared machine).
const model = await loadDefaultModel();

describe.each(Object.entries(HOSTILE_DOCUMENTS))('a document of %s', (_name, text) => {
  it('is answered without an exception, with and without the cache, caret at the end or in the middle', () => {
    const middle = Math.floor(text.length / 2);
    for (const document of [undefined, {}, { after: text.slice(middle) }]) {
      const before = document && 'after' in document ? text.slice(0, middle) : text;
      const options = document ? { document } : {};
      expect(model.nextTokens(before, 5, options).length).toBeGreaterThan(0);
      expect(model.topK(before, 20, options).length).toBe(20);
      expect(model.generate(before, { maxTokens: 8, topLogprobs: 5, ...options })).toHaveLength(8);
    }
  });

  it('still has next-token distributions that sum to 1 under the cache', () => {
    const cache = model.documentCache(text);
    const ids = model.encode(text.slice(-200)).slice(-6);
    expect(model.probabilities(ids, cache).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9);
    let pointwise = 0;
    for (let id = 0; id < model.info.vocabularySize; id++) pointwise += model.probability(ids, id, cache);
    expect(pointwise).toBeCloseTo(1, 9);
  });
});
