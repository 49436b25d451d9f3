import { preTokenize } from '../pre-tokenize.js';

/**
 * Shows up to 5 completions of the word being typed; each is the missing rest of the word.
 *
 * @example
 * const complete: WordCompleter = (before, typed) => (typed === ' Peo' ? ['ple'] : []);
 */
export type WordCompleter = (before: string, typed: string) => string[];

/**
 * Result of simulating typing.
 *
 * @example
 * const { savings }: KeystrokeResult = simulateTyping(text, complete);
 */
export interface KeystrokeResult {
  characters: number;
  keystrokes: number;
  /** 1 - keystrokes / characters. */
  savings: number;
}

const WORD = /^ ?[\p{L}\p{M}]+$/u;

/**
 * Simulates a user typing `text` with a completion list: before each character of a word
 * (a pre-token like " whale"), the completer offers options; if one is exactly the rest of the
 * word, accepting it costs one keystroke, otherwise the user types the character. Other
 * pre-tokens (punctuation, numbers, newlines) are typed in full.
 *
 * @example
 * simulateTyping('We the People', (before, typed) => ['ple']);
 */
export function simulateTyping(text: string, complete: WordCompleter): KeystrokeResult {
  let before = '';
  let keystrokes = 0;
  for (const piece of preTokenize(text)) {
    if (!WORD.test(piece)) {
      keystrokes += piece.length;
      before += piece;
      continue;
    }
    let typed = 0;
    for (; typed < piece.length; typed++) {
      const rest = piece.slice(typed);
      if (complete(before, piece.slice(0, typed)).slice(0, 5).includes(rest)) {
        keystrokes += 1;
        break;
      }
      keystrokes += 1;
    }
    before += piece;
  }
  return { characters: text.length, keystrokes, savings: text.length === 0 ? 0 : 1 - keystrokes / text.length };
}

/**
 * The baseline: the 5 most frequent training words that start with what was typed (a unigram
 * word-frequency completer, no context).
 *
 * @example
 * const complete = unigramCompleter(['We the People']);
 * complete('We', ' P'); // ['eople']
 */
export function unigramCompleter(training: readonly string[]): WordCompleter {
  const counts = new Map<string, number>();
  for (const text of training) {
    for (const piece of preTokenize(text)) if (WORD.test(piece)) counts.set(piece, (counts.get(piece) ?? 0) + 1);
  }
  const words = [...counts.keys()].sort();
  const cache = new Map<string, string[]>();
  return (_before, typed) => {
    const hit = cache.get(typed);
    if (hit) return hit.map((word) => word.slice(typed.length));
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle] ?? '') < typed) low = middle + 1;
      else high = middle;
    }
    const best: [string, number][] = [];
    for (let index = low; index < words.length && (words[index] ?? '').startsWith(typed); index++) {
      const word = words[index] ?? '';
      best.push([word, counts.get(word) ?? 0]);
      if (best.length > 64) {
        best.sort((a, b) => b[1] - a[1]);
        best.length = 5;
      }
    }
    const top = best.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([word]) => word);
    cache.set(typed, top);
    return top.map((word) => word.slice(typed.length));
  };
}
