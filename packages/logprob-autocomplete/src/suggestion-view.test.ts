import { expect } from '@esm-bundle/chai';
import type { TokenEventData } from '@logprob-autocomplete/protocol';
import { suggestionView, type StreamedSuggestions } from './suggestion-view.js';

const position = (index: number, ranked: [string, number][]): TokenEventData => {
  const top_logprobs = ranked.map(([token, probability]) => ({ token, bytes: [], logprob: Math.log(probability) }));
  const [chosen] = top_logprobs;
  if (!chosen) throw new Error('empty position');
  return { index, ...chosen, top_logprobs };
};
const stream: StreamedSuggestions = {
  text: 'We',
  positions: [
    position(0, [[' the', 0.6], [' a', 0.2], [' are', 0.1]]),
    position(1, [[' People', 0.7], [' people', 0.2]]),
    position(2, [[' of', 0.3], [' in', 0.2]]),
  ],
  done: true,
};
const options = { minProbability: 0, ghostThreshold: 0.5 };

describe('suggestionView', () => {
  it('ranks position 0 with the model probabilities and a ghost along confident path tokens', () => {
    const view = suggestionView(stream, 'We', options);
    if (view.kind !== 'options') throw new Error(view.kind);
    expect(view.options.map((option) => option.token)).to.deep.equal([' the', ' a', ' are']);
    expect(view.options[0]?.probability).to.be.closeTo(0.6, 1e-9);
    expect(view.ghost).to.equal(' the People');
  });

  it('filters, renormalises and trims what to insert for typed-through characters', () => {
    const view = suggestionView(stream, 'We a', options);
    if (view.kind !== 'options') throw new Error(view.kind);
    expect(view.options.map((option) => [option.token, option.insert])).to.deep.equal([[' are', 're']]);
    expect(view.options[0]?.probability).to.be.closeTo(1, 1e-9);
  });

  it('moves along the streamed path', () => {
    const view = suggestionView(stream, 'We the Peo', options);
    if (view.kind !== 'options') throw new Error(view.kind);
    expect(view.position).to.equal(1);
    expect(view.options[0]?.insert).to.equal('ple');
  });

  it('is stale for text the stream does not explain, pending while it may still arrive', () => {
    expect(suggestionView(stream, 'Wo', options).kind).to.equal('stale');
    expect(suggestionView(stream, 'We thx', options).kind).to.equal('stale');
    expect(suggestionView(stream, 'We the People of', options).kind).to.equal('stale');
    expect(suggestionView({ ...stream, done: false }, 'We the People of', options).kind).to.equal('pending');
    expect(suggestionView({ ...stream, positions: [] , done: false }, 'We', options).kind).to.equal('pending');
  });

  it('hides options under min-probability', () => {
    const view = suggestionView(stream, 'We', { ...options, minProbability: 0.15 });
    if (view.kind !== 'options') throw new Error(view.kind);
    expect(view.options.map((option) => option.token)).to.deep.equal([' the', ' a']);
    expect(suggestionView(stream, 'We', { ...options, minProbability: 0.9 }).kind).to.equal('hidden');
  });
});
