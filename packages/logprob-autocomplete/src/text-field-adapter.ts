import { textFieldCaretRect } from './caret-rect.js';
import { observeFieldEvents, type FieldAdapter } from './field-adapter.js';
import { insertText } from './insert-text.js';

/**
 * Adapter for a `<textarea>` or a text-like `<input>` (`text`, `search`, or no type).
 *
 * @example
 * element.adapter = textFieldAdapter(document.querySelector('textarea')!);
 */
export function textFieldAdapter(field: HTMLTextAreaElement | HTMLInputElement): FieldAdapter {
  const caret = (): number | null =>
    field.selectionStart === null || field.selectionStart !== field.selectionEnd ? null : field.selectionStart;
  return {
    element: field,
    singleLine: field instanceof HTMLInputElement,
    textBeforeCaret() {
      const position = caret();
      return position === null ? null : field.value.slice(0, position);
    },
    textAfterCaret() {
      return field.value.slice(field.selectionEnd ?? field.value.length);
    },
    caretRect() {
      const position = caret();
      return position === null ? null : textFieldCaretRect(field, position);
    },
    insert(text) {
      insertText(field, text, () => {
        const start = field.selectionStart ?? field.value.length;
        field.setRangeText(text, start, field.selectionEnd ?? start, 'end');
      });
    },
    observe(callbacks) {
      return observeFieldEvents(field, callbacks);
    },
    font() {
      return getComputedStyle(field).font;
    },
  };
}
