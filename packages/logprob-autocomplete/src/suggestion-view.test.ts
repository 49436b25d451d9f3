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
const options = { minProbability: 0, openThreshold: 0, ghostThreshold: 0.5, requested: false, after: '' };

describe('suggestionView', () => {
  it('ranks position 0 with the model probabilities and a ghost along confident path tokens', () => {
    const view = suggestionView(stream, 'We', options);
    if (view.kind !== 'options') throw new Error(view.kind);
    expect(view.options.map((option) => option.token)).to.deep.equal([' the', ' a', ' are']);
    expect(view.options[0]?.probability).to.be.closeTo(0.6, 1e-9);
    expect(view.ghost).to.equal(' the People');
  });

  it('filters and trims what to insert for typed-through characters, keeping the model probability', () => {
    const view = suggestionView(stream, 'We a', options);
    if (view.kind !== 'options') throw new Error(view.kind);
    expect(view.options.map((option) => [option.token, option.insert])).to.deep.equal([[' are', 're']]);
    // Not renormalised to 100 % over what is left: the model said 10 % for ' are' here.
    expect(view.options[0]?.probability).to.be.closeTo(0.1, 1e-9);
  });

  it('stays quiet unrequested under open-threshold, and opens on request', () => {
    expect(suggestionView(stream, 'We', { ...options, openThreshold: 0.7 }).kind).to.equal('hidden');
    const requested = suggestionView(stream, 'We', { ...options, openThreshold: 0.7, requested: true });
    expect(requested.kind).to.equal('options');
    // Typing through a list that is open narrows it; it does not close under the threshold.
    expect(suggestionView(stream, 'We a', { ...options, openThreshold: 0.5 }).kind).to.equal('hidden');
    expect(suggestionView(stream, 'We a', { ...options, openThreshold: 0.5, openAt: 0 }).kind).to.equal('options');
  });

  it('offers nothing unrequested when a letter follows the caret ("wh|ite")', () => {
    const inWord: StreamedSuggestions = { text: 'whe', positions: [position(0, [['n', 0.6], ['re', 0.3]])], done: true };
    expect(suggestionView(inWord, 'whe', { ...options, after: 'ite' }).kind).to.equal('hidden');
    expect(suggestionView(inWord, 'whe', { ...options, after: ' ite' }).kind).to.equal('options');
  });

  it('offers nothing unrequested in another script than the text', () => {
    const japanese: StreamedSuggestions = { text: 'こんにちは', positions: [position(0, [[' ve', 0.29], ['、', 0.2]])], done: true };
    const view = suggestionView(japanese, 'こんにちは', options);
    if (view.kind !== 'options') throw new Error(view.kind);
    expect(view.options.map((option) => option.token)).to.deep.equal(['、']);
  });

  it('never shows part of a grapheme cluster', () => {
    const conjunct: StreamedSuggestions = {
      text: 'नम',
      positions: [position(0, [['स', 0.6], ['क्', 0.2], ['\u0301', 0.1], ['\ufffd', 0.05], ['ही', 0.04]]), position(1, [['्ते', 0.9]])],
      done: true,
    };
    const view = suggestionView(conjunct, 'नम', { ...options, requested: true });
    if (view.kind !== 'options') throw new Error(view.kind);
    // 'स' is followed on the path by a virama sign that joins it to the next letter.
    expect(view.options.map((option) => option.token)).to.deep.equal(['ही']);
    // Typed through: 'क' typed, 'क्ष' shown whole; its insert finishes the cluster the user began.
    const typed = suggestionView({ ...conjunct, positions: [position(0, [['क्ष', 0.6]])] }, 'नमक', { ...options, requested: true });
    if (typed.kind !== 'options') throw new Error(typed.kind);
    expect(typed.options.map((option) => [option.token, option.insert])).to.deep.equal([['क्ष', '्ष']]);
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
    const view = suggestionView(stream, 'We', { ...options, minProbability: 0.15, requested: true });
    if (view.kind !== 'options') throw new Error(view.kind);
    expect(view.options.map((option) => option.token)).to.deep.equal([' the', ' a']);
    expect(suggestionView(stream, 'We', { ...options, minProbability: 0.9 }).kind).to.equal('hidden');
  });
});
