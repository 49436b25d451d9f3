// Scripts written without spaces between words: a token that starts with a space does not belong there.
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// Scripts that are one family for this purpose: Japanese mixes Han and kana in one word.
const SCRIPT_GROUPS: [string, RegExp][] = [
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
];
const LAST_LETTER = /\p{L}(?=[\p{M}\P{L}]*$)/u;
const FIRST_LETTER = /\p{L}/u;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]/u;

function scriptOf(letter: string): string {
  return SCRIPT_GROUPS.find(([, pattern]) => pattern.test(letter))?.[0] ?? 'other';
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
  if (WORD_CHARACTER.test(after)) return false;
  const last = LAST_LETTER.exec(before.slice(-64))?.[0];
  if (!last) return true;
  if (SPACELESS.test(last) && /^\s/u.test(token)) return false;
  const first = FIRST_LETTER.exec(token)?.[0];
  return !first || scriptOf(first) === scriptOf(last);
}
