import { describe, expect, it } from 'vitest';
import { DocumentCache } from './document-cache.js';
import { tinyModel } from './test-fixtures/tiny-corpus.js';

const model = tinyModel();
const document = 'Call me Ishmael. Captain Zorbatek Quilliber sailed. The crew feared Captain Zorbatek Quilliber and the sea.';

function sumOver(ids: number[], cache: DocumentCache): number {
  let sum = 0;
  for (let id = 0; id < model.info.vocabularySize; id++) sum += model.probability(ids, id, cache);
  return sum;
}

describe('DocumentCache', () => {
  it('gives its weight to the tokens that followed the context in the document', () => {
    const cache = new DocumentCache([0, 5, 6, 7, 5, 6, 8], [], { weights: { unigram: 0.1, bigram: 0.2, trigram: 0.3, long: 0, contextPrior: 0 } });
    const part = cache.at([5, 6]);
    // After 6: 7 and 8 once each (bigram); after 5 6: the same (trigram).
    expect(part.weight).toBeCloseTo(0.6, 12);
    // Five tokens for the unigram part: the first, 5, follows the document's start (see below).
    expect(part.mass(7)).toBeCloseTo(0.1 / 5 + 0.1 + 0.15, 12);
    let total = 0;
    for (let id = 0; id < 10; id++) total += part.mass(id);
    expect(total).toBeCloseTo(part.weight, 12);
  });

  it('does not spread the document-initial spelling of a word (no leading space) everywhere', () => {
    const cache = new DocumentCache([0, 5], [], { weights: { unigram: 0.1, bigram: 0, trigram: 0, long: 0, contextPrior: 0 } });
    expect(cache.at([9]).mass(5)).toBe(0);
    expect(cache.at([9]).weight).toBe(0);
    // Without the beginning-of-document token (a document cut to its tail), the first token counts.
    expect(new DocumentCache([5], [], { weights: { unigram: 0.1, bigram: 0, trigram: 0, long: 0, contextPrior: 0 } }).at([9]).mass(5)).toBeCloseTo(0.1, 12);
  });

  it('keeps the text after the caret apart: no n-gram spans the caret', () => {
    const cache = new DocumentCache([0, 5, 6], [7, 8], { weights: { unigram: 0, bigram: 0.5, trigram: 0, long: 0, contextPrior: 0 } });
    expect(cache.at([0, 6]).weight).toBe(0);
    expect(cache.at([0, 7]).mass(8)).toBeCloseTo(0.5, 12);
  });
});

describe('the model with a document cache', () => {
  const contexts = ['', 'Call me', 'Captain Zorbatek', 'Captain Zorbatek Qu', 'नमस्ते', 'zebra quantum'];

  it('has distributions that sum to 1 over the whole vocabulary', () => {
    for (const context of contexts) {
      const cache = model.documentCache(document + ' ' + context, ' and the whale.');
      const ids = [0, ...model.encode(document + ' ' + context)].slice(-6);
      expect(sumOver(ids, cache)).toBeCloseTo(1, 9);
      expect(model.probabilities(ids, cache).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9);
    }
  });

  it('top-k agrees exactly with the pointwise probabilities', () => {
    for (const context of contexts) {
      const text = `${document} ${context}`;
      const cache = model.documentCache(text);
      const ids = [0, ...model.encode(text)].slice(-6);
      const probabilities = model.probabilities(ids, cache);
      const expected = Array.from(probabilities.keys())
        .sort((a, b) => (probabilities[b] ?? 0) - (probabilities[a] ?? 0) || a - b)
        .slice(0, 10);
      const top = model.topK(text, 10, { document: {} });
      expect(top.map((token) => token.id)).toEqual(expected);
      for (const token of top) expect(token.logprob).toBeCloseTo(Math.log(probabilities[token.id] ?? 0), 12);
    }
  });

  it('makes a name already written in the document easy to complete', () => {
    const text = `${document} Then Captain Zorbatek Q`;
    // The tiny model's vocabulary splits the name into many small pieces.
    expect(model.generate(text, { maxTokens: 12, document: {} }).map((token) => token.token).join('')).toMatch(/^uilliber/);
    expect(model.generate(text, { maxTokens: 12 }).map((token) => token.token).join('')).not.toMatch(/^uilliber/);
  });

  it('learns from the text after the caret', () => {
    const text = 'The crew feared Captain Zorb';
    const after = ' more than the sea. Captain Zorbatek Quilliber was cruel.';
    expect(model.generate(text, { maxTokens: 6, document: { after } }).map((token) => token.token).join('')).toMatch(/^atek/);
    expect(model.generate(text, { maxTokens: 6, document: {} }).map((token) => token.token).join('')).not.toMatch(/^atek/);
  });

  it('leaves the API without a document unchanged', () => {
    expect(model.topK('We the', 5)).toEqual(model.topK('We the', 5, {}));
    expect(model.nextTokens('We the Peo', 5)).toEqual(model.nextTokens('We the Peo', 5, {}));
  });
});
