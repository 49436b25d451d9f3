import { addLogprobs, type TextPosition, type TextToken } from './text-position.js';
import { encodeUtf8 } from './utf8-bytes.js';

const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
// A rare word is spelt " " + "Zor" + "batek": the space alone is an option that says nothing.
const SPACES_ONLY = /^[\p{Zs}\t]+$/u;

/**
 * Greedy continuation tokens after `prefix`, whole characters, most likely path. Lazy: the
 * reader stops at the end of the word, and a lazy source stops computing there too.
 */
export type ContinueText = (prefix: string) => AsyncIterable<TextToken>;

/**
 * Whether `next` goes on with the word `previous` ends in (no space or punctuation between).
 *
 * @example
 * continuesWord(' Peo', 'ple'); // true
 * continuesWord(' People', ' of'); // false
 */
export function continuesWord(previous: string, next: string): boolean {
  return WORD_END.test(previous) && WORD_START.test(next);
}

/**
 * Whether `next` belongs to the option `previous`: the rest of its word, or, after an option of
 * spaces only (how the model spells a rare word: " " + "Zor" + "batek"), the word it starts.
 *
 * @example
 * continuesOption(' Zor', 'batek'); // true
 * continuesOption(' ', 'Zor'); // true
 * continuesOption(' ', '"'); // false
 */
export function continuesOption(previous: string, next: string): boolean {
  return continuesWord(previous, next) || (SPACES_ONLY.test(previous) && WORD_START.test(next));
}

/**
 * Joins two tokens taken one after the other: text and bytes concatenated, logprobs added.
 *
 * @example
 * joinTokens(token(' Peo', -1), token('ple', -0.1)); // { token: ' People', logprob: -1.1, ... }
 */
export function joinTokens<T extends TextToken>(first: T, second: TextToken): T {
  const token = first.token + second.token;
  return { ...first, token, bytes: encodeUtf8(token), logprob: addLogprobs(first.logprob, second.logprob) };
}

/**
 * Extends a token to the end of its word with the model's own greedy continuation, so a user
 * picks words, not fragments; a token of spaces only is extended by the word that follows it.
 * A token that already ends a word comes back unchanged (its continuation starts with a space
 * or punctuation).
 *
 * @example
 * await extendToWordEnd(token(' Peo', -2), 'We the', continueText); // ' People'
 * await extendToWordEnd(token(' ', -1), 'Captain', continueText); // ' Zorbatek'
 */
export async function extendToWordEnd(token: TextToken, text: string, continueText: ContinueText): Promise<TextToken> {
  if (!WORD_END.test(token.token) && !SPACES_ONLY.test(token.token)) return token;
  let extended = token;
  for await (const next of continueText(text + token.token)) {
    if (!continuesOption(extended.token, next.token)) break;
    extended = joinTokens(extended, next);
  }
  return extended;
}

/**
 * Extends the alternatives of a position to the end of their words. `pathToken` is the chosen
 * token before it was joined with the rest of its word along the path: that alternative is the
 * chosen token, already extended. A failed continuation leaves an alternative as it was: a
 * fragment is better than no option.
 *
 * With `keep` (the options the client will see), alternatives are extended most likely first,
 * and the rest are left as they are once `keep` options are known to beat them: extending only
 * lowers a logprob, so those could never be shown (see `toTokenEvent`, which merges options
 * with the same text, keeps the chosen token's own logprob, and ranks by logprob).
 *
 * @example
 * await extendAlternatives(position, 'We the', ' Peo', continueText, 5);
 */
export async function extendAlternatives(position: TextPosition, text: string, pathToken: string, continueText: ContinueText, keep = Number.POSITIVE_INFINITY): Promise<TextPosition> {
  const alternatives: TextToken[] = position.alternatives.map((alternative) => (alternative.token === pathToken ? position : alternative));
  const order = alternatives
    .map((alternative, index) => ({ alternative, index }))
    .filter(({ alternative }) => alternative !== position && alternative.logprob !== undefined)
    .sort((first, second) => (second.alternative.logprob ?? 0) - (first.alternative.logprob ?? 0));
  const best = new Map<string, number>(); // option text to its logprob, as toTokenEvent will see it
  const note = (token: TextToken) => {
    if (token.logprob === undefined || token.token === '' || token.token === position.token) return;
    best.set(token.token, Math.max(best.get(token.token) ?? Number.NEGATIVE_INFINITY, token.logprob));
  };
  for (const alternative of alternatives) if (alternative === position || alternative.logprob === undefined) note(alternative);
  for (const [rank, { alternative, index }] of order.entries()) {
    if (keep < order.length && canStop(order.slice(rank).map((item) => item.alternative), best, position, keep)) break;
    const extended = await extendToWordEnd(alternative, text, continueText).catch(() => alternative);
    alternatives[index] = extended;
    note(extended);
  }
  return { ...position, alternatives: alternatives.map(({ token, bytes, logprob }) => ({ token, bytes, logprob })) };
}

// Whether the alternatives left (most likely first) can stay as they are: `keep` options already
// rank strictly above the first of them, and none of them could turn into the text of an option
// known so far (extending only appends, so the text would start with theirs), which would change
// the order in which `toTokenEvent` meets that text.
function canStop(left: TextToken[], best: Map<string, number>, position: TextPosition, keep: number): boolean {
  const floor = left[0]?.logprob ?? Number.NEGATIVE_INFINITY;
  let above = position.logprob !== undefined && position.logprob > floor ? 1 : 0;
  for (const logprob of best.values()) if (logprob > floor) above++;
  if (above < keep) return false;
  const known = [position.token, ...best.keys()];
  return left.every((alternative) => !known.some((text) => text.startsWith(alternative.token)));
}
