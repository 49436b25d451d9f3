import { preTokenize, preTokenStartFromEnd, trailingPartialWord } from './pre-tokenize.js';
import type { ModelTables } from './model-tables.js';
import { rangeProbability } from './top-k.js';
import { LONG_CONTEXT, type DocumentCache } from './document-cache.js';
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
 * Characters of a document the cache reads before the caret, and after it.
 *
 * @example
 * readDocument(vocabulary, longDocument, ''); // reads its last MAX_CACHE_CHARACTERS.before
 */
export const MAX_CACHE_CHARACTERS = { before: 8192, after: 2048 } as const;

const WORD = /^ ?[\p{L}\p{M}\p{N}]+$/u;

/**
 * A document as the cache reads it: token ids before the caret (with the beginning-of-document
 * token when the whole start is there) and after it, and the words of both (pre-tokens of
 * letters, counted with their leading space and without, so a word also extends a partial word
 * typed at the start of a line).
 *
 * @example
 * const { before, after, words }: DocumentTokens = readDocument(vocabulary, 'Captain Quilliber', '');
 */
export interface DocumentTokens {
  before: number[];
  after: number[];
  words: Map<string, number>;
}

/**
 * Reads the document in one pass per side: the tail before the caret and the head after it,
 * cut at pre-token boundaries, so a long document costs no more than MAX_CACHE_CHARACTERS.
 *
 * @example
 * readDocument(vocabulary, 'Captain Quilliber sailed.', ' Then he').words.get(' Quilliber'); // 1
 */
export function readDocument(vocabulary: Vocabulary, before: string, after: string): DocumentTokens {
  const words = new Map<string, number>();
  const read = (pieces: readonly string[], ids: number[]) => {
    for (const piece of pieces) {
      for (const id of vocabulary.encodePreToken(piece)) ids.push(id);
      if (!WORD.test(piece)) continue;
      words.set(piece, (words.get(piece) ?? 0) + 1);
      if (piece.startsWith(' ')) words.set(piece.slice(1), (words.get(piece.slice(1)) ?? 0) + 1);
    }
    return ids;
  };
  const wholeStart = before.length <= MAX_CACHE_CHARACTERS.before;
  const beforePieces = wholeStart ? preTokenize(before) : preTokenize(before.slice(-MAX_CACHE_CHARACTERS.before)).slice(1);
  const afterPieces = after.length <= MAX_CACHE_CHARACTERS.after ? preTokenize(after) : preTokenize(after.slice(0, MAX_CACHE_CHARACTERS.after)).slice(0, -1);
  return { before: read(beforePieces, wholeStart ? [BOS_ID] : []), after: read(afterPieces, []), words };
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

// When the document already has a word that extends the partial word (a name typed again), the
// partial word is read the way that word is tokenized (its whole tokens inside the partial word
// go into the context; the rest constrains the next token), so the cache's n-grams over that
// word apply: " Q" after "Captain Zorbatek Quilliber ... Captain Zorbatek" continues as in
// " Quilliber" (" " + "Qu" + ...), not as the vocabulary's own " Q" + ...
function healAsDocumentWord(vocabulary: Vocabulary, tables: ModelTables, cache: DocumentCache, ids: number[], partial: string): HealedPrompt | null {
  const word = partial.trim() === '' ? undefined : cache.wordExtending(partial);
  if (word === undefined) return null;
  const typed = encoder.encode(partial);
  let rest = typed;
  const context = [...ids];
  // The probability of the typed text read the document word's way, to compare with the
  // ordinary reading below: "Peo" in a document that says "Peoria" once may still be "People".
  let documentReading = 1;
  for (const piece of vocabulary.encodePreToken(word)) {
    const length = vocabulary.bytes[piece]?.length ?? 0;
    if (length > rest.length) break;
    documentReading *= adaptedProbability(tables, cache, context, piece);
    context.push(piece);
    rest = rest.subarray(length);
  }
  if (context.length === ids.length) return null; // no whole token inside: ordinary healing
  const [restStart, restEnd] = vocabulary.prefixRange(rest);
  if (rest.length > 0) documentReading *= adaptedRange(tables, cache, context, restStart, restEnd);
  const [start, end] = vocabulary.prefixRange(typed);
  if (end > start && adaptedRange(tables, cache, ids, start, end) >= documentReading) return null;
  if (rest.length === 0) return { ids: context, constraint: null };
  // The token equal to the rest would insert nothing: only tokens that extend it are offered.
  const extending = extensionRange(vocabulary, rest);
  if (extending.end <= extending.start) return null;
  return { ids: context, constraint: { start: extending.start, end: extending.end, prefixLength: rest.length, renormalise: false } };
}

// Next-token probability, and probability of an id range, under the model adapted to the document.
function adaptedProbability(tables: ModelTables, cache: DocumentCache, ids: readonly number[], id: number): number {
  const part = cache.at(ids);
  return (1 - part.weight) * tables.probability(tables.contextNodes(ids.slice(-(tables.order - 1))), id) + part.mass(id);
}

function adaptedRange(tables: ModelTables, cache: DocumentCache, ids: readonly number[], start: number, end: number): number {
  const part = cache.at(ids);
  return (1 - part.weight) * rangeProbability(tables, tables.contextNodes(ids.slice(-(tables.order - 1))), start, end) + cache.rangeMass(part, start, end);
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
export function healPrompt(vocabulary: Vocabulary, tables: ModelTables, text: string, cache: DocumentCache | null = null): HealedPrompt {
  // A trailing space belongs to the next word's token (' People'), as in OpenAI's tokenizers.
  const partial = trailingPartialWord(text) || (text.endsWith(' ') ? ' ' : '');
  // The cache matches up to LONG_CONTEXT tokens back, so it needs that many.
  const history = cache ? Math.max(tables.order - 1, LONG_CONTEXT) : tables.order - 1;
  if (partial === '') return { ids: contextTail(vocabulary, text, history), constraint: null };
  const ids = contextTail(vocabulary, text.slice(0, text.length - partial.length), history);
  const healed = cache ? healAsDocumentWord(vocabulary, tables, cache, ids, partial) : null;
  if (healed) return healed;
  const pieces = vocabulary.encodePreToken(partial);
  let rest = encoder.encode(partial);
  let split = false;
  for (const piece of pieces) {
    const { start, end, exact } = extensionRange(vocabulary, rest);
    if (end > start) {
      const nodes = tables.contextNodes(ids);
      if (exact >= 0) {
        let continued = rangeProbability(tables, nodes, start, end);
        let complete = tables.probability(nodes, exact);
        if (cache) {
          // The same comparison under the model adapted to the document.
          const part = cache.at(ids);
          continued = (1 - part.weight) * continued + cache.rangeMass(part, start, end);
          complete = (1 - part.weight) * complete + part.mass(exact);
        }
        if (complete > continued) return { ids: [...ids, exact], constraint: null };
      }
      return { ids, constraint: { start, end, prefixLength: rest.length, renormalise: !split } };
    }
    split = true;
    ids.push(piece);
    rest = rest.subarray(vocabulary.bytes[piece]?.length ?? rest.length);
  }
  return { ids, constraint: null };
}
