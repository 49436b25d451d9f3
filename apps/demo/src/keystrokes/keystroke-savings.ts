/** What a field's keystrokes-saved meter counts, from the element's public events. */
export interface KeystrokeCounts {
  /** Keys pressed in the field (`keydown`, bare modifiers left out). */
  keysPressed: number;
  /** Characters (graphemes) inserted by accepts (`logprob-accept`'s `detail.text`, not cancelled). */
  acceptedCharacters: number;
  /** Accepts made with a key (`via` `keyboard` or `word`); a pointer accept costs no key. */
  keyboardAccepts: number;
}

/** The meter's reading. */
export interface KeystrokeSavings {
  /** Keys the same text would have needed without accepts: each accept key replaced by typing its characters. */
  keysWithout: number;
  /** `keysWithout - keysPressed`. */
  saved: number;
  /** `saved / keysWithout`, or 0 before any key. */
  share: number;
}

/**
 * Keystrokes saved by accepts: without them, every accepted character would have been a key, and
 * the key that accepted would not have been pressed.
 *
 * @example
 * keystrokeSavings({ keysPressed: 10, acceptedCharacters: 8, keyboardAccepts: 2 });
 * // { keysWithout: 16, saved: 6, share: 0.375 }
 */
export function keystrokeSavings(counts: KeystrokeCounts): KeystrokeSavings {
  const keysWithout = counts.keysPressed - counts.keyboardAccepts + counts.acceptedCharacters;
  const saved = keysWithout - counts.keysPressed;
  return { keysWithout, saved, share: keysWithout > 0 ? saved / keysWithout : 0 };
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Characters as people count them (graphemes): an emoji or a Devanagari syllable is one.
 *
 * @example
 * countCharacters('नमस्ते 👍🏽'); // 5
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

// Keys that never type anything by themselves.
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS']);

/**
 * Whether a `keydown` counts as a key pressed: anything but a bare modifier. Keys pressed during
 * an IME composition count too: they are keys the person pressed.
 *
 * @example
 * countsAsKey({ key: 'a' }); // true
 * countsAsKey({ key: 'Shift' }); // false
 */
export function countsAsKey(event: Pick<KeyboardEvent, 'key'>): boolean {
  return !MODIFIERS.has(event.key);
}
