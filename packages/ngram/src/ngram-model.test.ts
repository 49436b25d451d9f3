import { describe, expect, it } from 'vitest';
import { loadModel } from './load-model.js';
import type { NgramModel } from './ngram-model.js';
import { tinyModel } from './test-fixtures/tiny-corpus.js';
import { trainModel } from './train/index.js';

const model = tinyModel();

function pointwiseSum(target: NgramModel, ids: number[]): number {
  let sum = 0;
  for (let id = 0; id < target.info.vocabularySize; id++) sum += target.probability(ids, id);
  return sum;
}

function bruteForceTop(target: NgramModel, ids: number[], k: number): number[] {
  const probabilities = target.probabilities(ids);
  return Array.from(probabilities.keys())
    .sort((a, b) => (probabilities[b] ?? 0) - (probabilities[a] ?? 0) || a - b)
    .slice(0, k);
}

describe('NgramModel probabilities', () => {
  const contexts = ['', 'We the', 'of the United', 'Call me Ishmael.', 'zebra quantum xylophone', '我们是', 'नमस्ते'];

  it('sum to 1 over the whole vocabulary, for seen, unseen and empty contexts', () => {
    for (const context of contexts) {
      const ids = [0, ...model.encode(context)];
      expect(pointwiseSum(model, ids)).toBeCloseTo(1, 9);
      expect(model.probabilities(ids).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9);
    }
  });

  it('never predicts the beginning-of-document token', () => {
    expect(model.probability([0], 0)).toBe(0);
  });

  it('learns the corpus: "We the" is followed by " People"', () => {
    expect(model.topK('We the', 1)[0]?.token).toBe(' People');
  });

  it('top-k agrees exactly with sorting the full distribution', () => {
    for (const context of contexts) {
      const ids = [0, ...model.encode(context)].slice(-3);
      const top = model.topK(context, 20);
      expect(top.map((token) => token.id)).toEqual(bruteForceTop(model, ids, 20));
      for (const token of top) expect(token.logprob).toBeCloseTo(Math.log(model.probability(ids, token.id)), 12);
    }
  });
});

describe('prefix constraint (caret inside a word)', () => {
  it('offers only continuations of the partial word, as the missing part, renormalised', () => {
    const top = model.nextTokens('We the Peo', 5);
    expect(top[0]?.token).toBe('ple');
    expect(top[0]?.bytes).toEqual([...new TextEncoder().encode('ple')]);
    const total = top.reduce((sum, token) => sum + Math.exp(token.logprob), 0);
    expect(total).toBeLessThanOrEqual(1 + 1e-9);
    expect(top.every((token) => model.tokenInfo(token.id).token.startsWith(' Peo'))).toBe(true);
  });

  it('after a trailing space offers leading-space words without repeating the space', () => {
    const top = model.nextTokens('We the ', 5);
    expect(top[0]?.token).toBe('People');
    expect(top.every((token) => model.tokenInfo(token.id).token.startsWith(' '))).toBe(true);
    expect(model.generate('We the ', { maxTokens: 1 })[0]?.bytes).toEqual([...new TextEncoder().encode('People')]);
  });

  it('a complete word that is more likely finished than continued gets no constraint', () => {
    expect(model.nextTokens('We the People', 1)[0]?.token).toBe(model.topK('We the People', 1)[0]?.token);
  });

  it('topK with an explicit prefix matches nextTokens', () => {
    expect(model.topK('We the', 5, { prefix: ' Peo' })).toEqual(model.nextTokens('We the Peo', 5));
  });

  it('falls back to pieces for a partial word no token extends', () => {
    const top = model.nextTokens('We the Pxqz', 3);
    expect(top.length).toBeGreaterThan(0);
  });
});

describe('generation', () => {
  it('greedy generation is deterministic and continues the partial word', () => {
    const first = model.generate('We the Peo', { maxTokens: 6, topLogprobs: 3 });
    expect(first).toEqual(model.generate('We the Peo', { maxTokens: 6, topLogprobs: 3 }));
    expect(first[0]?.token).toBe('ple');
    // Only one token continues ' Peo' in the tiny corpus; later positions have all three.
    expect(first.map((token) => token.topLogprobs.length)).toEqual([1, 3, 3, 3, 3, 3]);
    expect(first[1]?.topLogprobs[0]?.logprob).toBeGreaterThanOrEqual(first[1]?.topLogprobs[2]?.logprob ?? 0);
  });

  it('seeded sampling repeats with the same seed and varies across seeds', () => {
    const sample = (seed: number) => model.generate('The', { maxTokens: 12, temperature: 1.5, seed }).map((token) => token.id);
    expect(sample(7)).toEqual(sample(7));
    const distinct = new Set([1, 2, 3, 4, 5].map((seed) => sample(seed).join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('top_p keeps sampling inside the nucleus', () => {
    // After 'We the' the tiny model puts most of its mass on ' People': a small nucleus is only it.
    const seeds = Array.from({ length: 20 }, (_, index) => index + 1);
    const nucleus = new Set(seeds.map((seed) => model.generate('We the', { maxTokens: 1, temperature: 2, topP: 0.1, seed })[0]?.token));
    expect([...nucleus]).toEqual([' People']);
    const free = new Set(seeds.map((seed) => model.generate('We the', { maxTokens: 1, temperature: 2, seed })[0]?.token));
    expect(free.size).toBeGreaterThan(1);
  });

  it('handles empty and huge contexts', () => {
    expect(model.generate('', { maxTokens: 2 })).toHaveLength(2);
    const huge = 'We the People '.repeat(100_000);
    expect(model.generate(huge, { maxTokens: 2 })).toHaveLength(2);
  });

  it('scores each token of a text given the ones before it', () => {
    const scored = model.score('We the People', 2);
    expect(scored.map((token) => token.token)).toEqual(['We', ' the', ' People']);
    expect(scored[2]?.logprob).toBeCloseTo(model.topK('We the', 1)[0]?.logprob ?? 0, 12);
  });
});

describe('loadModel', () => {
  it('rejects bytes that are not a model file', () => {
    expect(() => loadModel(new Uint8Array([1, 2, 3, 4, 5]))).toThrow(/not a logprob-autocomplete n-gram model/);
    const { bytes } = trainModel(['a b c a b c']);
    expect(() => loadModel(bytes.subarray(0, bytes.length - 3))).toThrow(/truncated/);
  });

  it('trains orders 2 to 6', () => {
    for (const order of [2, 3, 5, 6]) {
      const trained = loadModel(trainModel(['a b c d e f g a b c d e f g'], { order, minimumCounts: [1, 1, 1, 1, 1, 1] }).bytes);
      expect(trained.info.order).toBe(order);
      expect(pointwiseSum(trained, [0, ...trained.encode('a b c d e')])).toBeCloseTo(1, 9);
    }
  });
});
