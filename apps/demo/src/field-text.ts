/**
 * Text before and after the caret of a textarea or a contenteditable element, which is what the
 * suggest request sends (`text`, `after`).
 *
 * @example
 * const { text, after } = fieldText(document.querySelector('textarea')!);
 */
export function fieldText(field: HTMLElement): { text: string; after: string; full: string } {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    const caret = field.selectionStart ?? field.value.length;
    return { text: field.value.slice(0, caret), after: field.value.slice(caret), full: field.value };
  }
  const full = field.textContent;
  const selection = field.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !field.contains(selection.focusNode)) return { text: full, after: '', full };
  // A range from the field's start to the caret stringifies to exactly the text before it.
  const range = field.ownerDocument.createRange();
  range.selectNodeContents(field);
  if (selection.focusNode) range.setEnd(selection.focusNode, selection.focusOffset);
  const text = range.toString();
  return { text, after: full.slice(text.length), full };
}
