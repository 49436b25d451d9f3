/**
 * Inserts text at the focused field's selection with `execCommand('insertText')`, which the
 * browser records as one undo step (Ctrl+Z restores the text exactly) and announces as a normal
 * `input` event. Where that command is missing or refused, `fallback` inserts directly and an
 * `input` event is dispatched so frameworks still see the change; the undo stack is then the
 * browser's business.
 *
 * @example
 * insertText(textarea, ' people', () => textarea.setRangeText(' people', start, end, 'end'));
 */
export function insertText(field: HTMLElement, text: string, fallback: () => void): void {
  if (document.activeElement !== field && !field.contains(document.activeElement)) field.focus();
  let inserted = false;
  try {
    // execCommand is deprecated but still the only way to insert text as a native, undoable edit.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
    inserted = document.execCommand('insertText', false, text);
  } catch {
    inserted = false;
  }
  if (inserted) return;
  fallback();
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
