import { describe, expect, it } from 'vitest';
import { confidentPhrase } from './confident-phrase.js';
import { tinyModel } from './test-fixtures/tiny-corpus.js';

const model = tinyModel();

describe('confidentPhrase', () => {
  it('follows the greedy path while the joint probability stays above the bound', () => {
    const phrase = confidentPhrase(model, 'Call me Ishmael. Some years', { minProbability: 0.2 });
    expect(phrase.text).toMatch(/^ ago/);
    expect(phrase.probability).toBeGreaterThanOrEqual(0.2);
    const joint = phrase.tokens.reduce((product, token) => product * Math.exp(token.logprob), 1);
    expect(phrase.probability).toBeCloseTo(joint, 12);
    expect(phrase.tokens.map((token) => token.token).join('')).toBe(phrase.text);
  });

  it('is a prefix of greedy generation, and shorter for a higher bound', () => {
    const greedy = model.generate('We the Peo', { maxTokens: 12 }).map((token) => token.token).join('');
    const loose = confidentPhrase(model, 'We the Peo', { minProbability: 0.05, maxTokens: 12 });
    const strict = confidentPhrase(model, 'We the Peo', { minProbability: 0.5, maxTokens: 12 });
    expect(greedy.startsWith(loose.text)).toBe(true);
    expect(loose.text.startsWith(strict.text)).toBe(true);
    expect(loose.text.length).toBeGreaterThan(strict.text.length);
  });

  it('never ends inside a word', () => {
    for (const bound of [0.01, 0.05, 0.1, 0.3, 0.6]) {
      const { text, tokens } = confidentPhrase(model, 'We the Peo', { minProbability: bound, maxTokens: 12 });
      if (text === '') continue;
      const next = model.generate(`We the Peo${text}`, { maxTokens: 1, healPartialWord: false })[0]?.token ?? '';
      expect(/[\p{L}]$/u.test(text) && /^[\p{L}]/u.test(next), `${text}|${next}`).toBe(false);
      expect(tokens.length).toBeGreaterThan(0);
    }
  });

  it('is empty when nothing is confident (text the model has not seen)', () => {
    expect(confidentPhrase(model, 'zebra quantum xylophone', { minProbability: 0.5 }).text).toBe('');
  });
});
