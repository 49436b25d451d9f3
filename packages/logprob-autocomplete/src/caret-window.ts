import { SUGGEST_LIMITS } from '@logprob-autocomplete/protocol';

// The window's start moves in steps of this many positions. While the caret moves forward inside a
// step, the text before the caret only grows, so type-through (which needs the new text to extend
// the text the suggestions were made for) keeps working in long documents.
const WINDOW_STEP = 4096;

/**
 * Where an editor adapter starts reading the text before the caret at offset `caret`: far enough
 * back for the most the server accepts (`SUGGEST_LIMITS.maxTextLength`), aligned down to a fixed
 * step so that it stays put while the user types. Reading from here instead of from 0 keeps each
 * keystroke's read bounded however long the document is.
 *
 * @example
 * const text = doc.textBetween(caretWindowStart(head), head, '\n');
 */
export function caretWindowStart(caret: number): number {
  const start = Math.max(0, caret - SUGGEST_LIMITS.maxTextLength);
  return start - (start % WINDOW_STEP);
}

/**
 * Where an editor adapter stops reading the text after the caret at offset `caret`, in a document
 * of `size` positions.
 *
 * @example
 * const after = doc.textBetween(head, caretWindowEnd(head, doc.content.size), '\n');
 */
export function caretWindowEnd(caret: number, size: number): number {
  return Math.min(size, caret + SUGGEST_LIMITS.maxAfterLength);
}
