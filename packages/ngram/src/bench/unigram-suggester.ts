import { preTokenize, trailingPartialWord } from '../pre-tokenize.js';
import type { Offer, Suggester } from './interface-simulation.js';

const WORD = /^ ?[\p{L}\p{M}]+$/u;

/**
 * The baseline in the element's shape: the most frequent training words that start with the
 * word being typed, each with its share among those words (P(word | typed prefix), a unigram
 * word-frequency completer with no context), and the top one as ghost when it is confident.
 *
 * @example
 * const suggest = unigramSuggester(['We the People People'], { options: 5, ghostThreshold: 0.5 });
 * suggest('We the Peo'); // { options: [{ text: 'ple', probability: 1 }], ghost: 'ple' }
 */
export function unigramSuggester(training: readonly string[], settings: { options: number; ghostThreshold: number }): Suggester {
  const counts = new Map<string, number>();
  for (const text of training) {
    for (const piece of preTokenize(text)) if (WORD.test(piece)) counts.set(piece, (counts.get(piece) ?? 0) + 1);
  }
  const words = [...counts.keys()].sort();
  // Options for a typed prefix, each as the text it inserts.
  const cache = new Map<string, { text: string; probability: number }[]>();
  const ranked = (typed: string): { text: string; probability: number }[] => {
    let hit = cache.get(typed);
    if (hit) return hit;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle] ?? '') < typed) low = middle + 1;
      else high = middle;
    }
    const matching: [string, number][] = [];
    let total = 0;
    for (let index = low; index < words.length && (words[index] ?? '').startsWith(typed); index++) {
      const word = words[index] ?? '';
      const count = counts.get(word) ?? 0;
      total += count;
      if (word.length > typed.length) matching.push([word, count]);
    }
    // A typed word more often complete than continued (as token healing decides): next words.
    // (' ' is the prefix of every next word, so its options insert the whole word with its space.)
    if (typed.trim() !== '' && (counts.get(typed) ?? 0) * 2 >= total) hit = ranked(' ').map(({ text, probability }) => ({ text: ` ${text}`, probability }));
    else {
      matching.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      hit = matching.slice(0, settings.options).map(([word, count]) => ({ text: word.slice(typed.length), probability: count / total }));
    }
    cache.set(typed, hit);
    return hit;
  };
  return (before): Offer => {
    // Inside a word: complete it. After a space: the most frequent words. After punctuation: any word.
    const typed = trailingPartialWord(before) || (before.endsWith(' ') ? ' ' : '');
    const options = ranked(typed);
    const top = options[0];
    return { options, ghost: top && top.probability >= settings.ghostThreshold ? top.text : '' };
  };
}
