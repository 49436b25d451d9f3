// The one owner of what counts as text a model can be given: the server rejects it, the embedded
// model's OpenAI API rejects it, and the element replaces it in what it sends (never in the field).

// With the `u` flag, \p{Cs} matches only a surrogate that is not half of a pair: such text cannot
// be encoded as UTF-8, so no model can see it faithfully.
const LONE_SURROGATE = /\p{Cs}/u;
// C0 controls other than tab, line feed and carriage return, and DEL, are never typed text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\0-\b\v\f\x0e-\x1f\x7f]/;
// eslint-disable-next-line no-control-regex -- the two rules above, as one global pattern
const INVALID_CHARACTERS = /[\0-\b\v\f\x0e-\x1f\x7f]|\p{Cs}/gu;

/**
 * Why `text` cannot be sent to a model, or `undefined` when it can: the reason reads after a
 * field name ("text: contains ...").
 *
 * @example
 * findTextProblem('a\u0000b'); // 'contains a control character other than tab, line feed or carriage return'
 * findTextProblem('We the Peo'); // undefined
 */
export function findTextProblem(text: string): string | undefined {
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired UTF-16 surrogate, which is not valid Unicode';
  if (CONTROL_CHARACTER.test(text)) return 'contains a control character other than tab, line feed or carriage return';
  return undefined;
}

/**
 * `text` with every character {@link findTextProblem} objects to replaced, for a client that
 * must send what the user typed without refusing: the same length, so offsets stay right.
 *
 * @example
 * replaceInvalidCharacters('a\u0000b'); // 'a b'
 */
export function replaceInvalidCharacters(text: string, replacement = ' '): string {
  return text.replace(INVALID_CHARACTERS, replacement);
}
