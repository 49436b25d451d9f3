import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTokenEvent } from './rank-top-logprobs.js';
import type { TextToken } from './text-position.js';
import { continuesOption, continuesWord, extendAlternatives, extendToWordEnd, type ContinueText } from './word-extension.js';

const token = (text: string, logprob: number | undefined = -1): TextToken => ({ token: text, bytes: Array.from(new TextEncoder().encode(text)), logprob });
// A tiny deterministic "model": the rest of a few words, then a new word.
const rest: Record<string, string[]> = { 'We the Peo': ['pl', 'e', ' of', ' the'], 'We the Nat': ['ion', ' and'], 'Captain ': ['Zor', 'batek', ' sailed'], 'He said ': ['"', 'Go'] };
let tokensRead = 0;
const continueText: ContinueText = async function* (prefix) {
  for (const text of rest[prefix] ?? [' next', ' word']) {
    tokensRead++;
    yield await Promise.resolve(token(text, -0.5));
  }
};

describe('word extension', () => {
  it('knows when a token goes on with a word', () => {
    expect(continuesWord(' Peo', 'ple')).toBe(true);
    expect(continuesWord(' People', ' of')).toBe(false);
    expect(continuesWord(' People', ',')).toBe(false);
    expect(continuesWord(' (', 'a')).toBe(false);
  });

  it('extends a fragment to the end of its word, adding logprobs', async () => {
    expect(await extendToWordEnd(token(' Peo', -2), 'We the', continueText)).toEqual(token(' People', -3));
    expect(await extendToWordEnd(token(' nation', -2), 'We the', continueText)).toEqual(token(' nation', -2));
    expect(await extendToWordEnd(token(',', -2), 'We the', continueText)).toEqual(token(',', -2));
  });

  it('extends an option of spaces only by the word that follows it', async () => {
    expect(continuesOption(' ', 'Zor')).toBe(true);
    expect(continuesOption(' Zor', 'batek')).toBe(true);
    expect(continuesOption(' Zorbatek', ' sailed')).toBe(false);
    expect(continuesOption(' ', '"')).toBe(false);
    expect(continuesOption('\n', 'The')).toBe(false);
    expect(await extendToWordEnd(token(' ', -1), 'Captain', continueText)).toEqual(token(' Zorbatek', -2));
    expect(await extendToWordEnd(token(' ', -1), 'He said', continueText)).toEqual(token(' ', -1));
  });

  it('reads the continuation only up to the end of the word', async () => {
    tokensRead = 0;
    await extendToWordEnd(token(' Peo', -2), 'We the', continueText);
    expect(tokensRead).toBe(3); // 'pl', 'e', then ' of' ends the word; ' the' is never computed
    tokensRead = 0;
    await extendToWordEnd(token(' nation', -2), 'We the', continueText);
    expect(tokensRead).toBe(1);
  });

  it('extends every alternative, reusing the path for the chosen one and surviving failures', async () => {
    const failing: ContinueText = (prefix) => {
      if (!prefix.endsWith('Nat')) return continueText(prefix);
      return (async function* () {
        yield await Promise.reject(new Error('boom'));
      })();
    };
    const position = { ...token(' People', -1.5), alternatives: [token(' Peo', -1), token(' Nat', -2)] };
    const out = await extendAlternatives(position, 'We the', ' Peo', failing);
    expect(out.alternatives).toEqual([token(' People', -1.5), token(' Nat', -2)]);
  });

  it('with `keep`, leaves alone the alternatives that could not be shown', async () => {
    const prefixes: string[] = [];
    const counting: ContinueText = (prefix) => {
      prefixes.push(prefix);
      return continueText(prefix);
    };
    const position = { ...token(' People', -0.5), alternatives: [token(' People', -0.5), token(' Nat', -1), token(' Pan', -4), token(' Zed', -5)] };
    const out = await extendAlternatives(position, 'We the', ' People', counting, 2);
    expect(prefixes).toEqual(['We the Nat']); // ' Pan' and ' Zed' rank below ' People' and ' Nation'
    expect(out.alternatives.map((alternative) => alternative.token)).toEqual([' People', ' Nation', ' Pan', ' Zed']);
  });

  it('with `keep`, gives the same token event as extending every alternative', async () => {
    // Few texts and few logprob values, so that merges, ties and prefixes of shown options happen.
    const words: Record<string, string[]> = { 'x a': ['b', ' .'], 'x ab': ['c', ' .'], 'x b': [' .'], 'x c': ['a', 'b', ' .'] };
    const continuation: ContinueText = async function* (prefix) {
      for (const text of words[prefix] ?? [' .']) yield await Promise.resolve(token(text, -0.5));
    };
    const tokenArbitrary = fc.record({ token: fc.constantFrom(' a', ' ab', ' abc', ' b', ' c', ' ca', ','), logprob: fc.option(fc.constantFrom(-0.5, -1, -1.5, -2, -3), { nil: undefined }) });
    await fc.assert(
      fc.asyncProperty(tokenArbitrary, fc.array(tokenArbitrary, { maxLength: 8 }), fc.integer({ min: 1, max: 6 }), async (chosen, rest, keep) => {
        const alternatives = [chosen, ...rest].map((item) => token(item.token, item.logprob));
        const position = { ...token(chosen.token, chosen.logprob), alternatives };
        const all = await extendAlternatives(position, 'x', chosen.token, continuation);
        const pruned = await extendAlternatives(position, 'x', chosen.token, continuation, keep);
        expect(toTokenEvent(pruned, 0, keep)).toEqual(toTokenEvent(all, 0, keep));
      }),
      { numRuns: 2000, seed: 4 },
    );
    // 2,000 runs take about 1 s alone; on a loaded 2-core CI machine they went past vitest's 5 s default.
  }, 60_000);
});
