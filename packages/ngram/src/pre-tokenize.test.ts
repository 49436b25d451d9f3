import { describe, expect, it } from 'vitest';
import { preTokenize, preTokenStartFromEnd, trailingPartialWord } from './pre-tokenize.js';
import { seededRandom } from './seeded-random.js';

describe('preTokenize', () => {
  it('splits like OpenAI tokenizers: leading-space words, contractions, punctuation, whitespace', () => {
    expect(preTokenize("We the People's  union, isn't it?\n\nYes 12345")).toEqual([
      'We', ' the', ' People', "'s", ' ', ' union', ',', ' isn', "'t", ' it', '?\n\n', 'Yes', ' 123', '45',
    ]);
  });

  it('keeps Devanagari vowel signs inside the word and loses nothing', () => {
    const text = 'नमस्ते दुनिया 我们是人民 🙂👨‍👩‍👧\t\u00a0x';
    expect(preTokenize(text).slice(0, 2)).toEqual(['नमस्ते', ' दुनिया']);
    expect(preTokenize(text).join('')).toBe(text);
  });
});

describe('trailingPartialWord', () => {
  it('returns the word the caret is inside, with its leading space', () => {
    expect(trailingPartialWord('We the Peo')).toBe(' Peo');
    expect(trailingPartialWord('Peo')).toBe('Peo');
  });

  it('is empty after whitespace or punctuation', () => {
    expect(trailingPartialWord('We the ')).toBe('');
    expect(trailingPartialWord('We the People,')).toBe('');
    expect(trailingPartialWord('')).toBe('');
  });
});

// Texts built from fragments that stress pre-token boundaries (whitespace runs, contractions,
// digits, punctuation, combining marks, CJK and emoji).
const FRAGMENTS = [' the', ' People', 'We', "'s", '’ll', ' don’t', '  ', '   \n', '\n\n', ' 12345', '...', ', ', ' (see', ')', 'e\u0301', ' naïve', '我们', '🙂', '\t', 'A', ' x', 'x'];
function randomTexts(count: number): string[] {
  const random = seededRandom(11);
  return Array.from({ length: count }, (_, index) => {
    let text = '';
    while (text.length < 5 + index) text += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] ?? '';
    return text;
  });
}

describe('preTokenStartFromEnd', () => {
  it('starts a tail whose pre-tokens are the whole text\'s last ones, at least `count` of them', () => {
    let found = 0;
    for (const text of randomTexts(400)) {
      const whole = preTokenize(text);
      for (const count of [1, 2, 3, 5]) {
        const cut = preTokenStartFromEnd(text, count);
        if (cut < 0) continue;
        found++;
        const tail = preTokenize(text.slice(cut));
        expect(tail.length).toBeGreaterThanOrEqual(count);
        expect(tail).toEqual(whole.slice(whole.length - tail.length));
      }
    }
    expect(found).toBeGreaterThan(500);
  });

  it('is -1 when there are not enough places to cut', () => {
    expect(preTokenStartFromEnd('我们是人民', 1)).toBe(-1);
    expect(preTokenStartFromEnd('We the', 2)).toBe(-1);
    expect(preTokenStartFromEnd('We the', 1)).toBe(2);
  });
});

describe('trailingPartialWord on long and tricky texts', () => {
  it('agrees with taking the last pre-token of the last 256 characters', () => {
    for (const text of [...randomTexts(400), 'a'.repeat(300), `${'word '.repeat(60)}end`, '我们'.repeat(200)]) {
      const last = preTokenize(text.slice(-256)).at(-1) ?? '';
      const expected = /[\p{L}\p{M}\p{N}]$/u.test(text) && /^ ?[\p{L}\p{M}\p{N}]+$/u.test(last) ? last : '';
      expect(trailingPartialWord(text)).toBe(expected);
    }
  });
});
