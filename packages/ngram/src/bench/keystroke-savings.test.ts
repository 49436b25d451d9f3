import { describe, expect, it } from 'vitest';
import { simulateTyping, unigramCompleter } from './keystroke-savings.js';

describe('simulateTyping', () => {
  it('costs one keystroke per character when nothing useful is offered', () => {
    expect(simulateTyping('We the People.', () => [])).toEqual({ characters: 14, keystrokes: 14, savings: 0 });
  });

  it('costs one keystroke per word when the right completion is always first', () => {
    // 'We', ' the', ' People' accepted at once (3 keystrokes); '.' typed (1).
    const result = simulateTyping('We the People.', (_before, typed) => [({ '': 'We' } as Record<string, string>)[typed] ?? '', ' the', ' People']);
    expect(result.keystrokes).toBe(4);
  });

  it('offers the most frequent words that start with what was typed', () => {
    const complete = unigramCompleter(['Peoria People People Pepper']);
    // 'We' is in no list: typed in full (2). ' People' is the most frequent word: accepted at once (1).
    expect(simulateTyping('We People', complete).keystrokes).toBe(3);
    // Words starting with what was typed, most frequent first, as their missing parts.
    expect(complete('', ' Pe')).toEqual(['ople', 'pper']);
  });
});
