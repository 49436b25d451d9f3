import { describe, expect, it } from 'vitest';
import { initialSource, sourceAttributes } from './suggest-source.js';

const urls = { model: '/assets/model-abc.bin', worker: '/assets/logprob-model-worker-def.js' };

describe('suggest source', () => {
  it('points the element at the server or at the in-page model, never both', () => {
    expect(sourceAttributes('server', urls)).toEqual({ src: '/v1/suggest', 'model-src': null, 'model-worker-src': null });
    expect(sourceAttributes('page', urls)).toEqual({ src: null, 'model-src': urls.model, 'model-worker-src': urls.worker });
  });

  it('starts in the page when no server answers, whatever was chosen before', () => {
    expect(initialSource({ query: 'server', saved: 'server', serverAnswers: false })).toBe('page');
  });

  it('otherwise follows the URL, then the saved choice, then the server', () => {
    expect(initialSource({ query: 'page', saved: 'server', serverAnswers: true })).toBe('page');
    expect(initialSource({ query: null, saved: 'page', serverAnswers: true })).toBe('page');
    expect(initialSource({ query: 'nonsense', saved: null, serverAnswers: true })).toBe('server');
  });
});
