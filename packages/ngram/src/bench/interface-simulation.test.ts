import { describe, expect, it } from 'vitest';
import { memoSuggester, simulateInterface, type InterfaceMode, type Offer } from './interface-simulation.js';
import { unigramSuggester } from './unigram-suggester.js';

const passive: InterfaceMode = { name: 'default', list: 'passive', ghost: true, nextWord: true, openThreshold: 0.3, minProbability: 0.05, maxOptions: 5 };

// Offers keyed by the text before the caret; anything else offers nothing.
function scripted(offers: Record<string, Offer>) {
  return (before: string): Offer => offers[before] ?? { options: [], ghost: '' };
}

describe('simulateInterface', () => {
  it('costs one keystroke per character when nothing is offered', () => {
    const result = simulateInterface('We the', () => ({ options: [], ghost: '' }), passive);
    expect(result).toMatchObject({ characters: 6, keystrokes: 6, savings: 0, listsOpened: 0 });
  });

  it('takes a whole matching ghost phrase with one Tab', () => {
    const result = simulateInterface('We the People', scripted({ We: { options: [{ text: ' the', probability: 0.9 }], ghost: ' the People' } }), passive);
    // 'W', 'e', then Tab.
    expect(result.keystrokes).toBe(3);
    expect(result.accepts.ghost).toBe(1);
  });

  it('takes only the next word when the rest of the ghost is wrong', () => {
    const result = simulateInterface('We the Men', scripted({ We: { options: [], ghost: ' the People' } }), passive);
    // 'W', 'e', Ctrl+Right (' the'), then ' Men' typed (4).
    expect(result.keystrokes).toBe(7);
    expect(result.accepts.nextWord).toBe(1);
  });

  it('opens a passive list only at the open threshold and hides options below min-probability', () => {
    const options = [
      { text: ' they', probability: 0.25 },
      { text: ' the', probability: 0.04 },
    ];
    const quiet = simulateInterface('We the', scripted({ We: { options, ghost: '' } }), passive);
    expect(quiet).toMatchObject({ keystrokes: 6, listsOpened: 0 });
    const opened = simulateInterface('We the', scripted({ We: { options, ghost: '' } }), { ...passive, openThreshold: 0.2 });
    // Open, but ' the' is below min-probability: not shown, so typed.
    expect(opened).toMatchObject({ keystrokes: 6, listsOpened: 1, listsWithNext: 0 });
    const shown = simulateInterface('We the', scripted({ We: { options, ghost: '' } }), { ...passive, openThreshold: 0.2, minProbability: 0.01 });
    expect(shown).toMatchObject({ keystrokes: 3, listsOpened: 1, listsWithNext: 1, accepts: { option: 1 } });
  });

  it('asks a memoised suggester once per caret position', () => {
    let calls = 0;
    const suggest = memoSuggester(() => {
      calls++;
      return { options: [], ghost: '' };
    });
    simulateInterface('abc', suggest, passive);
    simulateInterface('abc', suggest, { ...passive, list: 'always' });
    expect(calls).toBe(3);
  });
});

describe('unigramSuggester', () => {
  const suggest = unigramSuggester(['Peoria People People Pepper the the the Peoria'], { options: 5, ghostThreshold: 0.5 });

  it('completes the typed word by frequency, with its share among the words it could be', () => {
    // ' People' twice, ' Pepper' and ' Peoria' once each ('Peoria' without a space is another word).
    expect(suggest('We Pe')).toEqual({
      options: [
        { text: 'ople', probability: 0.5 },
        { text: 'oria', probability: 0.25 },
        { text: 'pper', probability: 0.25 },
      ],
      ghost: 'ople',
    });
  });

  it('offers next words once the typed word is more likely complete', () => {
    expect(suggest('We People').options[0]).toEqual({ text: ' the', probability: 3 / 7 });
  });
});
