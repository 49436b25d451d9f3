import { describe, expect, it } from 'vitest';
import { contextIds, contextTail } from './prompt-context.js';
import { seededRandom } from './seeded-random.js';
import { TINY_CORPUS } from './test-fixtures/tiny-corpus.js';
import { loadModel } from './load-model.js';
import { trainModel } from './train/index.js';
import { Vocabulary } from './vocabulary.js';

// Fragments chosen to stress pre-token boundaries: runs of spaces and newlines, contractions,
// digits, punctuation glued to words, combining marks, CJK and emoji (no spaces to cut at).
const FRAGMENTS = [' the', ' People', 'We', "'s", '’ll', ' don’t', '  ', '   \n', '\n\n', ' 12345', '...', ', ', ' (see', ')', 'e\u0301', ' naïve', '我们是人民', '🙂', ' 👨‍👩‍👧', '\t', 'A', ' x'];

function randomText(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] ?? '';
  return text;
}

// Trained on the fragments themselves, so that whitespace runs and the rest are whole tokens: a
// cut inside a pre-token then changes the ids, and the comparison below can fail.
const model = loadModel(trainModel([...TINY_CORPUS, ...Array.from({ length: 40 }, (_, index) => randomText(seededRandom(100 + index), 400))], { minimumCounts: [1, 1, 1, 1], minWordCount: 2 }).bytes);
const vocabulary = new Vocabulary(Array.from({ length: model.info.vocabularySize }, (_, id) => new Uint8Array(model.tokenInfo(id).bytes)));

describe('contextTail', () => {
  it('gives the same last ids as tokenizing the whole text, with at least `history` of them', () => {
    const random = seededRandom(3);
    const texts = [...TINY_CORPUS, ...Array.from({ length: 300 }, (_, index) => randomText(random, 20 + index * 5))];
    let cuts = 0;
    for (const text of texts) {
      for (const history of [1, 3, 5]) {
        const whole = contextIds(vocabulary, text);
        const tail = contextTail(vocabulary, text, history);
        expect(tail.length).toBeGreaterThanOrEqual(Math.min(history, whole.length));
        expect(tail).toEqual(whole.slice(whole.length - tail.length));
        if (tail.length < whole.length) cuts++;
      }
    }
    expect(cuts).toBeGreaterThan(100); // the tail path is really taken, not only the fallback
  });

  it('keeps the beginning-of-document token when the text is short or has no place to cut', () => {
    expect(contextTail(vocabulary, 'We the', 3)).toEqual(contextIds(vocabulary, 'We the'));
    const noSpaces = '我们是人民'.repeat(30);
    expect(contextTail(vocabulary, noSpaces, 3)).toEqual(contextIds(vocabulary, noSpaces));
  });

  it('matches contextIds past MAX_CONTEXT_CHARACTERS too', () => {
    const long = `${'We the People of the United States. '.repeat(80)}Call me`;
    expect(contextTail(vocabulary, long, 3)).toEqual(contextIds(vocabulary, long));
  });
});
