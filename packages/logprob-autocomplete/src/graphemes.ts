// Characters that join what follows into one grapheme cluster: zero-width joiner, a high surrogate
// waiting for its pair, and the viramas of Indic scripts (a conjunct such as क्ष is k + virama + ṣ).
const JOINS_NEXT = /(?:\u200d|\p{Cs}|\u094d|\u09cd|\u0a4d|\u0acd|\u0b4d|\u0bcd|\u0c4d|\u0ccd|\u0d4d|\u0dca|\u1039|\u17d2)$/u;
// Characters that extend the cluster before them: combining marks, ZWJ, emoji skin-tone modifiers
// and tag characters, variation selectors (marks too), a surrogate without its pair.
const EXTENDS_PREVIOUS = /^(?:\p{M}|\u200d|\p{Cs}|\p{Emoji_Modifier}|[\u{e0020}-\u{e007f}])/u;

/**
 * Whether `text` can be shown, inserted or announced on its own: it is no piece of a grapheme
 * cluster (no replacement character from split UTF-8, no lone surrogate, not starting with a mark
 * that belongs to the character before it, not ending in a joiner), and `next`, the text that
 * follows it (if known), does not continue its last cluster.
 *
 * @example
 * isWholeGraphemes('क्', 'ष'); // false: क्ष is one cluster
 * isWholeGraphemes(' the', ' People'); // true
 */
export function isWholeGraphemes(text: string, next = ''): boolean {
  return !text.includes('\ufffd') && !EXTENDS_PREVIOUS.test(text) && !JOINS_NEXT.test(text) && !EXTENDS_PREVIOUS.test(next);
}

/**
 * `text` cut back to its last grapheme boundary, given that `next` follows it: what the ghost text
 * may show when the streamed path continues a cluster in the next token.
 *
 * @example
 * wholeGraphemePrefix(' 👩‍', '💻'); // ' '
 */
export function wholeGraphemePrefix(text: string, next = ''): string {
  let cut = text;
  // A cluster ends where neither side joins. Each step drops one UTF-16 unit; half a surrogate
  // pair left behind does not pass, so the next step drops the other half.
  while (cut && !isWholeGraphemes(cut, cut === text ? next : text.slice(cut.length))) cut = cut.slice(0, -1);
  return cut;
}
