import { confidentPhrase } from '../confident-phrase.js';
import type { DocumentCache } from '../document-cache.js';
import type { NgramModel } from '../ngram-model.js';
import type { Offer, Suggester } from './interface-simulation.js';

/**
 * How the product asks the model: options per position and the ghost's token threshold.
 *
 * @example
 * ngramSuggester(model, { options: 5, ghostThreshold: 0.5, ghostTokens: 8 } satisfies SuggesterSettings);
 */
export interface SuggesterSettings {
  /** The element's `top-logprobs`. */
  options: number;
  /** The element's `ghost-threshold`: the ghost runs while each token is at least this likely. */
  ghostThreshold: number;
  /** The element's `max-tokens`: tokens streamed ahead, the longest possible ghost. */
  ghostTokens: number;
  /** Adapt to the text typed so far (the document cache), one cache per position as the server would. */
  documentCache?: boolean;
  /** Ghost by the phrase's joint probability (`confidentPhrase`) instead of each word's. */
  ghostJointProbability?: number;
}

// The n-gram model sees only the last few tokens; a short tail keeps tokenizing cheap.
const CONTEXT_CHARACTERS = 200;
// As the server's word extension (packages/server word-extension.ts): a token ending in a letter
// goes on with the greedy continuation while that starts with a letter, up to 3 extra tokens.
const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const MAX_EXTRA_TOKENS = 3;

// `token` extended to the end of its word along the greedy path, with the joint probability.
function extendToWordEnd(model: NgramModel, context: string, text: string, probability: number, document: DocumentCache | undefined): { text: string; probability: number } {
  if (!WORD_END.test(text)) return { text, probability };
  let extended = text;
  let joint = probability;
  for (const next of model.stream(context + extended, { maxTokens: MAX_EXTRA_TOKENS, healPartialWord: false, ...(document ? { document } : {}) })) {
    if (!WORD_END.test(extended) || !WORD_START.test(next.token)) break;
    extended += next.token;
    joint *= Math.exp(next.logprob);
  }
  return { text: extended, probability: joint };
}

// The greedy path as words (pieces of a word joined, probabilities multiplied), as the server
// streams positions for the embedded model.
function ghostWords(model: NgramModel, context: string, tokens: number, document: DocumentCache | undefined): { text: string; probability: number }[] {
  const words: { text: string; probability: number }[] = [];
  for (const next of model.stream(context, { maxTokens: tokens, ...(document ? { document } : {}) })) {
    const last = words[words.length - 1];
    const probability = Math.exp(next.logprob);
    if (last && WORD_END.test(last.text) && WORD_START.test(next.token)) {
      last.text += next.token;
      last.probability *= probability;
    } else words.push({ text: next.token, probability });
  }
  return words;
}

/**
 * What the server streams for the embedded model, as the element would show it: the model's
 * top next tokens after the text (token healing inside a word), each extended to the end of its
 * word with the joint probability (as the server's word extension does), and the greedy path,
 * word by word, as ghost while each word is confident enough.
 *
 * @example
 * const suggest = ngramSuggester(model, { options: 5, ghostThreshold: 0.5, ghostTokens: 8 });
 * suggest('We the Peo'); // { options: [{ text: 'ple', probability: 0.98 }, ...], ghost: 'ple' }
 */
export function ngramSuggester(model: NgramModel, settings: SuggesterSettings): Suggester {
  return (before): Offer => {
    // Without the cache only the last few tokens matter; with it, the whole document does.
    const context = settings.documentCache || before.length <= CONTEXT_CHARACTERS ? before : before.slice(-CONTEXT_CHARACTERS);
    const document = settings.documentCache ? model.documentCache(before) : undefined;
    const best = new Map<string, number>();
    for (const token of model.nextTokens(context, settings.options, document ? { document } : {})) {
      const option = extendToWordEnd(model, context, token.token, Math.exp(token.logprob), document);
      best.set(option.text, Math.max(best.get(option.text) ?? 0, option.probability));
    }
    const options = [...best].map(([text, probability]) => ({ text, probability })).sort((a, b) => b.probability - a.probability);
    let ghost = '';
    if (settings.ghostJointProbability !== undefined) {
      ghost = confidentPhrase(model, context, { minProbability: settings.ghostJointProbability, maxTokens: settings.ghostTokens, ...(document ? { document } : {}) }).text;
    } else if ((options[0]?.probability ?? 0) >= settings.ghostThreshold) {
      for (const word of ghostWords(model, context, settings.ghostTokens, document)) {
        if (word.probability < settings.ghostThreshold) break;
        ghost += word.text;
      }
    }
    return { options, ghost };
  };
}
