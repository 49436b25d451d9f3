import type { NgramModel } from '../ngram-model.js';
import { ELEMENT_GHOST_THRESHOLD, ELEMENT_GHOST_TOKENS, ELEMENT_OPTIONS, INTERFACE_MODES } from './interface-modes.js';
import { memoSuggester, simulateInterface, type InterfaceMode, type InterfaceResult, type Suggester } from './interface-simulation.js';
import { ngramSuggester } from './ngram-suggester.js';
import { unigramSuggester } from './unigram-suggester.js';

/**
 * Held-out documents of one genre, each replayed by every suggester (offers cached per document).
 *
 * @example
 * const genres = keystrokeGenres(model, corpus.training, corpus.heldOutByGenre, 3000);
 */
export interface KeystrokeGenre {
  genre: string;
  documents: { text: string; ngram: Suggester; cached: Suggester; phrase: Suggester; unigram: Suggester }[];
}

/**
 * Sums one mode's results over a genre's documents (each typed on its own: the cache sees only
 * its own document).
 *
 * @example
 * const { savings } = simulateGenre(genre, 'cached', mode);
 */
export function simulateGenre(genre: KeystrokeGenre, suggester: 'ngram' | 'cached' | 'phrase' | 'unigram', mode: InterfaceMode): InterfaceResult {
  const total: InterfaceResult = { characters: 0, keystrokes: 0, savings: 0, accepts: { ghost: 0, nextWord: 0, option: 0 }, listsOpened: 0, listsWithNext: 0 };
  for (const document of genre.documents) {
    const result = simulateInterface(document.text, document[suggester], mode);
    total.characters += result.characters;
    total.keystrokes += result.keystrokes;
    total.listsOpened += result.listsOpened;
    total.listsWithNext += result.listsWithNext;
    for (const kind of ['ghost', 'nextWord', 'option'] as const) total.accepts[kind] += result.accepts[kind];
  }
  total.savings = total.characters === 0 ? 0 : 1 - total.keystrokes / total.characters;
  return total;
}

/**
 * The benchmark's held-out samples: the first `characters` of each document, cut at a word end.
 *
 * @example
 * keystrokeGenres(model, corpus.training, corpus.heldOutByGenre, 3000);
 */
export function keystrokeGenres(model: NgramModel, training: readonly string[], byGenre: Record<string, string[]>, characters: number): KeystrokeGenre[] {
  const settings = { options: ELEMENT_OPTIONS, ghostThreshold: ELEMENT_GHOST_THRESHOLD, ghostTokens: ELEMENT_GHOST_TOKENS };
  const unigram = unigramSuggester(training, settings);
  return Object.entries(byGenre).map(([genre, documents]) => ({
    genre,
    documents: documents.map((document) => ({
      text: document.slice(0, characters).replace(/\s+\S*$/u, ''),
      ngram: memoSuggester(ngramSuggester(model, settings)),
      cached: memoSuggester(ngramSuggester(model, { ...settings, documentCache: true })),
      phrase: memoSuggester(ngramSuggester(model, { ...settings, documentCache: true, ghostJointProbability: PHRASE_PROBABILITY })),
      unigram: memoSuggester(unigram),
    })),
  }));
}

/**
 * The joint probability the phrase-ghost variant needs (see `confidentPhrase`).
 *
 * @example
 * confidentPhrase(model, text, { minProbability: PHRASE_PROBABILITY });
 */
export const PHRASE_PROBABILITY = 0.4;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/**
 * Per interface mode and genre: n-gram (cache off, on) against the unigram completer.
 *
 * @example
 * const table = savingsTable(genres);
 */
export function savingsTable(genres: readonly KeystrokeGenre[]): string[][] {
  return INTERFACE_MODES.map((mode) => [
    mode.name,
    ...genres.map((genre) => {
      const off = simulateGenre(genre, 'ngram', mode).savings;
      const on = simulateGenre(genre, 'cached', mode).savings;
      const unigram = simulateGenre(genre, 'unigram', mode).savings;
      return `${percent(off)} / ${percent(on)} vs ${percent(unigram)} (${(on / unigram).toFixed(2)}×)`;
    }),
  ]);
}

/**
 * Savings, lists opened by themselves per 100 characters, and the share of those holding what
 * was typed next, for each open threshold (default interface, every genre together).
 *
 * @example
 * thresholdTable(genres, 'cached', [0, 0.1, 0.2]);
 */
export function thresholdTable(genres: readonly KeystrokeGenre[], suggester: 'ngram' | 'cached', thresholds: readonly number[], base: InterfaceMode): string[][] {
  return thresholds.map((openThreshold) => {
    const results = genres.map((genre) => simulateGenre(genre, suggester, { ...base, openThreshold }));
    const characters = results.reduce((sum, result) => sum + result.characters, 0);
    const keystrokes = results.reduce((sum, result) => sum + result.keystrokes, 0);
    const opened = results.reduce((sum, result) => sum + result.listsOpened, 0);
    const useful = results.reduce((sum, result) => sum + result.listsWithNext, 0);
    return [String(openThreshold), percent(1 - keystrokes / characters), (opened / (characters / 100)).toFixed(1), percent(opened === 0 ? 0 : useful / opened)];
  });
}
