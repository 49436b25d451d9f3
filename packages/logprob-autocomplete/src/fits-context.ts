// Scripts written without spaces between words: a token that starts with a space does not belong there.
const SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
// One pattern per script family (Japanese mixes Han and kana in one word); built from names to
// keep the drop-in small.
const SCRIPTS = ['Han|Hiragana|Katakana|Hangul', 'Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Devanagari', 'Thai'].map(
  (names) => new RegExp(names.replace(/\w+/g, '\\p{sc=$&}'), 'u'),
);
const LAST_LETTER = /\p{L}(?=[\p{M}\P{L}]*$)/u;
const FIRST_LETTER = /\p{L}/u;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]/u;

const scriptOf = (letter: string): number => SCRIPTS.findIndex((pattern) => pattern.test(letter));

/**
 * Whether a letter or digit follows the caret: then nothing is offered unrequested, and nothing
 * needs to be requested.
 *
 * @example
 * insideWord('ite'); // true
 */
export function insideWord(after: string): boolean {
  return WORD_CHARACTER.test(after);
}

/**
 * Whether an unrequested option fits where the caret is. It does not when a letter or digit
 * follows the caret (any insert would split a word: "wh|ite" + "en" is "whenite"), when its
 * letters are in another script than the text it continues (English tokens after Japanese), or
 * when it starts with a space after a script written without spaces.
 *
 * @example
 * fitsContext('We the', '', ' People'); // true
 * fitsContext('whe', 'ite', 'n'); // false
 * fitsContext('こんにちは', '', ' ve'); // false
 */
export function fitsContext(before: string, after: string, token: string): boolean {
  if (insideWord(after)) return false;
  const last = LAST_LETTER.exec(before.slice(-64))?.[0];
  if (!last) return true;
  if (SPACELESS.test(last) && /^\s/u.test(token)) return false;
  const first = FIRST_LETTER.exec(token)?.[0];
  return !first || scriptOf(first) === scriptOf(last);
}
