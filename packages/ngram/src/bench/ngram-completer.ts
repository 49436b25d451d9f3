import type { NgramModel } from '../ngram-model.js';
import type { WordCompleter } from './keystroke-savings.js';

// A token that starts a new word or is not part of one ends the word being completed.
const ENDS_WORD = /^[\s\p{P}\p{S}\p{N}]/u;
const STARTS_WORD = /^ ?[\p{L}\p{M}]/u;
// The n-gram model sees only the last few tokens; a short tail keeps tokenizing cheap.
const CONTEXT_CHARACTERS = 200;

/**
 * Word completions from the model: its 5 most likely next tokens (continuations of the partial
 * word when the caret is inside one), each extended greedily to the end of its word.
 *
 * @example
 * const complete = ngramCompleter(model);
 * complete('We the', ' Peo'); // ['ple', ...]
 */
export function ngramCompleter(model: NgramModel, maxExtraTokens = 3): WordCompleter {
  return (before, typed) => {
    const context = before.length > CONTEXT_CHARACTERS ? before.slice(-CONTEXT_CHARACTERS) : before;
    const text = context + typed;
    // Before a word starts, punctuation would waste list slots: offer the 5 best word starts.
    const firsts = typed === '' ? model.topK(text, 20).filter((token) => STARTS_WORD.test(token.token)).slice(0, 5) : model.nextTokens(text, 5);
    return firsts.map((first) => {
      let option = first.token;
      for (let extra = 0; extra < maxExtraTokens; extra++) {
        const next = model.topK(text + option, 1)[0];
        if (!next || ENDS_WORD.test(next.token)) break;
        option += next.token;
      }
      return option;
    });
  };
}
