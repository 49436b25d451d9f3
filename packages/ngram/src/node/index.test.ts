import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';

// Imports the built package (its exports map), so it needs `npm run build` first; turbo's test task depends on build.
const model = await loadDefaultModel();

describe('the default model (Moby-Dick and State of the Union)', () => {
  it('is a 4-gram model over an OpenAI-like vocabulary', () => {
    expect(model.info.order).toBeGreaterThanOrEqual(4);
    expect(model.tokenize(' the').map((token) => token.token)).toEqual([' the']);
  });

  it('completes "We the Peo" with "ple"', () => {
    expect(model.nextTokens('We the Peo', 5)[0]?.token).toBe('ple');
  });

  it('has distributions that sum to 1, for empty, seen and unseen contexts', () => {
    for (const context of ['', 'The state of the Union', 'Call me', 'Quixotic zeppelin xylograph']) {
      const ids = [0, ...model.encode(context)].slice(-3);
      let sum = 0;
      for (let id = 0; id < model.info.vocabularySize; id++) sum += model.probability(ids, id);
      expect(sum).toBeCloseTo(1, 6);
    }
  });

  it('after a trailing space, ranks leading-space words exactly as the full distribution does', () => {
    // Thousands of tokens start with a space: this exercises the threshold search within a range.
    const ids = [0, ...model.encode('It was the best of')];
    const probabilities = model.probabilities(ids);
    const spaced = Array.from(probabilities.keys()).filter((id) => {
      const token = model.tokenInfo(id);
      return token.bytes[0] === 0x20 && token.bytes.length > 1;
    });
    expect(spaced.length).toBeGreaterThan(512);
    const total = spaced.reduce((sum, id) => sum + (probabilities[id] ?? 0), 0);
    const expected = spaced.sort((a, b) => (probabilities[b] ?? 0) - (probabilities[a] ?? 0) || a - b).slice(0, 20);
    const top = model.nextTokens('It was the best of ', 20);
    expect(top.map((token) => token.id)).toEqual(expected);
    expect(top[0]?.logprob).toBeCloseTo(Math.log((probabilities[expected[0] ?? 0] ?? 0) / total), 9);
  });

  it('records its held-out split in the header', () => {
    expect(String(model.info.training.heldOut)).toMatch(/Moby-Dick chapters 131-135/);
  });
});
