import { preTokenize, preTokenStartFromEnd, trailingPartialWord } from './pre-tokenize.js';
import type { ModelTables } from './model-tables.js';
import { rangeProbability } from './top-k.js';
import { BOS_ID, type Vocabulary } from './vocabulary.js';

/**
 * Characters of context that are tokenized; an n-gram model only sees the last few tokens.
 *
 * @example
 * contextIds(vocabulary, hugeText); // tokenizes only the last MAX_CONTEXT_CHARACTERS
 */
export const MAX_CONTEXT_CHARACTERS = 2048;

const encoder = new TextEncoder();

/**
 * Context token ids for `text`: the beginning-of-document token then the text's tokens. A long
 * text keeps only its tail (cut at a pre-token boundary), so huge prompts cost no more than short.
 *
 * @example
 * contextIds(vocabulary, 'We the'); // [0, id('We'), id(' the')]
 */
export function contextIds(vocabulary: Vocabulary, text: string): number[] {
  if (text.length <= MAX_CONTEXT_CHARACTERS) return [BOS_ID, ...vocabulary.encode(text)];
  const pieces = preTokenize(text.slice(-MAX_CONTEXT_CHARACTERS)).slice(1);
  return pieces.flatMap((piece) => [...vocabulary.encodePreToken(piece)]);
}

/**
 * The last context token ids of `text`, enough of them for a model that looks `history` tokens
 * back: the same ids as the end of `contextIds(vocabulary, text)`, but only the tail of the text
 * is tokenized, from a point where the whole text's tokenization is known to start a pre-token.
 * Generation reads only the last few ids, and prompts are long, so this skips most of the work.
 *
 * @example
 * contextTail(vocabulary, longText, 3).slice(-3); // equals contextIds(vocabulary, longText).slice(-3)
 */
export function contextTail(vocabulary: Vocabulary, text: string, history: number): number[] {
  if (text.length <= MAX_CONTEXT_CHARACTERS) {
    // Each place a pre-token always starts begins at least one token, so `history` of them
    // from the end give at least `history` ids.
    const cut = preTokenStartFromEnd(text, history);
    if (cut > 0) return vocabulary.encode(text.slice(cut));
  }
  return contextIds(vocabulary, text);
}

/**
 * The first generated token must lie in ids [start, end) and starts with `prefixLength` typed bytes.
 *
 * @example
 * const { start, end, prefixLength }: PrefixConstraint = healed.constraint;
 */
export interface PrefixConstraint {
  start: number;
  end: number;
  prefixLength: number;
  /**
   * Whether probabilities are renormalised over [start, end) (P(token | the word continues)).
   * False when the typed word is no token's prefix and had to be split: the model cannot know it
   * continues ("l'État" is complete), so probabilities stay joint with that, as the model gives them.
   */
  renormalise: boolean;
}

/**
 * A prompt ready to continue: context ids and, with the caret inside a word, a constraint.
 *
 * @example
 * const { ids, constraint }: HealedPrompt = healPrompt(vocabulary, tables, 'We the Peo');
 */
export interface HealedPrompt {
  ids: number[];
  constraint: PrefixConstraint | null;
}

// Tokens that strictly extend `prefix` (the token equal to it, if any, sorts first in the range).
function extensionRange(vocabulary: Vocabulary, prefix: Uint8Array): { start: number; end: number; exact: number } {
  const [start, end] = vocabulary.prefixRange(prefix);
  const exact = start < end && (vocabulary.bytes[start]?.length ?? 0) === prefix.length ? start : -1;
  return { start: exact >= 0 ? start + 1 : start, end, exact };
}

/**
 * Token healing: when `text` ends inside a word ("We the Peo"), the partial word is taken out of
 * the context and becomes a constraint on the first token (" People" is offered as "ple"); a
 * trailing space likewise constrains the first token to leading-space words ("We the " gives
 * "People"), since the space is part of the next word's token. If
 * no token extends the whole partial word, its first piece moves into the context and the rest
 * is tried, and so on (then probabilities are not renormalised: see PrefixConstraint). If the
 * partial word is itself a token that is more likely complete than continued, there is no constraint.
 *
 * @example
 * const { ids, constraint } = healPrompt(vocabulary, tables, 'We the Peo');
 */
export function healPrompt(vocabulary: Vocabulary, tables: ModelTables, text: string): HealedPrompt {
  // A trailing space belongs to the next word's token (' People'), as in OpenAI's tokenizers.
  const partial = trailingPartialWord(text) || (text.endsWith(' ') ? ' ' : '');
  const history = tables.order - 1;
  if (partial === '') return { ids: contextTail(vocabulary, text, history), constraint: null };
  const ids = contextTail(vocabulary, text.slice(0, text.length - partial.length), history);
  const pieces = vocabulary.encodePreToken(partial);
  let rest = encoder.encode(partial);
  let split = false;
  for (const piece of pieces) {
    const { start, end, exact } = extensionRange(vocabulary, rest);
    if (end > start) {
      const nodes = tables.contextNodes(ids);
      if (exact >= 0) {
        const continued = rangeProbability(tables, nodes, start, end);
        if (tables.probability(nodes, exact) > continued) return { ids: [...ids, exact], constraint: null };
      }
      return { ids, constraint: { start, end, prefixLength: rest.length, renormalise: !split } };
    }
    split = true;
    ids.push(piece);
    rest = rest.subarray(vocabulary.bytes[piece]?.length ?? rest.length);
  }
  return { ids, constraint: null };
}
