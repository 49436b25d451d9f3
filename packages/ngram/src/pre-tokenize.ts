/**
 * Splits text into pre-tokens the way OpenAI's tokenizers do before merging: contractions, an
 * optional leading space glued to a word (`' Peo'`), numbers of up to three digits, runs of
 * punctuation or symbols, and whitespace runs. Letters include combining marks (`\p{M}`) so that
 * Devanagari and other scripts with vowel signs stay one word.
 */
const PRE_TOKEN =
  /['’](?:[sS]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD])(?![\p{L}\p{M}])| ?[\p{L}\p{M}]+| ?\p{N}{1,3}| ?[^\s\p{L}\p{M}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+/gu;

/**
 * The pre-tokens of `text`, in order; joined they give `text` back exactly.
 *
 * @example
 * preTokenize('We the Peo'); // ['We', ' the', ' Peo']
 */
export function preTokenize(text: string): string[] {
  return text.match(PRE_TOKEN) ?? [];
}

// A word or number character: the caret sits inside a word when the text ends in one of these.
const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
const PARTIAL_WORD = /^ ?[\p{L}\p{M}\p{N}]+$/u;

// A space right after an ASCII letter: every tokenization of a text starts a pre-token there,
// whatever came before (only letter runs and contractions hold letters, both end at the first
// character that is not a letter, and no pre-token holds a letter and then a space).
function isSafeCut(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1) | 0x20;
  return index > 0 && text.charCodeAt(index) === 0x20 && before >= 0x61 && before <= 0x7a;
}

/**
 * Where to start tokenizing so that the last `count` pre-tokens come out exactly as they would
 * from the whole text: the `count`-th last position where a pre-token always starts, or -1 when
 * the text has fewer. Pre-tokenizing `text.slice(cut)` gives the whole text's last pieces.
 *
 * @example
 * preTokenStartFromEnd('We the People', 2); // 2: ' the', ' People'
 */
export function preTokenStartFromEnd(text: string, count: number): number {
  let found = 0;
  for (let index = text.lastIndexOf(' '); index > 0; index = text.lastIndexOf(' ', index - 1)) {
    if (isSafeCut(text, index) && ++found >= count) return index;
  }
  return -1;
}

/**
 * The trailing partial word of `text` (with its leading space, as the tokenizer sees it), or ''
 * when the text ends in whitespace or punctuation.
 *
 * @example
 * trailingPartialWord('We the Peo'); // ' Peo'
 * trailingPartialWord('We the '); // ''
 */
export function trailingPartialWord(text: string): string {
  // Only the last two code units (one character, maybe a surrogate pair) can end a word.
  if (!WORD_END.test(text.slice(-2))) return '';
  // Only the tail matters; a word longer than this is cut, which only shortens the constraint.
  const tail = text.slice(-256);
  // Tokenizing from the last place a pre-token always starts gives the same last piece as
  // tokenizing the whole tail, for a fraction of the work.
  const cut = preTokenStartFromEnd(tail, 1);
  const pieces = preTokenize(cut > 0 ? tail.slice(cut) : tail);
  const last = pieces[pieces.length - 1] ?? '';
  return PARTIAL_WORD.test(last) ? last : '';
}
