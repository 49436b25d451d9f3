import { blockText } from './block-text.js';
import { observeFieldEvents, type FieldAdapter } from './field-adapter.js';
import { insertText } from './insert-text.js';

/**
 * Adapter for a `contenteditable` element. The text before the caret is the element's text
 * up to the caret with block boundaries and `<br>` as line breaks (`blockText`), so markup never
 * reaches the model; the caret's rectangle comes from `Range.getBoundingClientRect()`.
 *
 * @example
 * element.adapter = contenteditableAdapter(document.querySelector('[contenteditable]')!);
 */
export function contenteditableAdapter(editable: HTMLElement): FieldAdapter {
  const caretRange = (): Range | null => {
    const selection = (editable.getRootNode() as Document | ShadowRoot & { getSelection?: () => Selection | null })
      .getSelection?.() ?? document.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    return editable.contains(range.startContainer) ? range : null;
  };
  // The text from the start to the caret (`before`), or from the caret to the end.
  const textAround = (before: boolean): string | null => {
    const range = caretRange();
    if (!range) return null;
    const around = document.createRange();
    around.selectNodeContents(editable);
    if (before) around.setEnd(range.startContainer, range.startOffset);
    else around.setStart(range.endContainer, range.endOffset);
    return blockText(around, editable);
  };
  const select = (range: Range): void => {
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };
  return {
    element: editable,
    textBeforeCaret() {
      return textAround(true);
    },
    textAfterCaret() {
      return textAround(false) ?? '';
    },
    caretRect() {
      const range = caretRange();
      if (!range) return null;
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      if (rect.height > 0) return rect;
      // A collapsed range in an empty line has no box. Measuring by inserting a probe character
      // would touch the user's document (and its undo stack), so use the enclosing element's box.
      const container = range.startContainer;
      const box = (container instanceof Element ? container : container.parentElement ?? editable).getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(editable).lineHeight) || box.height;
      return new DOMRect(box.left, box.top, 0, Math.min(box.height || lineHeight, lineHeight));
    },
    insert(text) {
      // Re-setting the selection closes the browser's open typing command, so the insert is its
      // own undo step instead of merging with the characters typed just before it.
      const range = caretRange();
      if (range) select(range);
      insertText(editable, text, () => {
        const range = caretRange();
        if (!range) return;
        const node = document.createTextNode(text);
        range.insertNode(node);
        range.setStartAfter(node);
        range.collapse(true);
        select(range);
      });
    },
    observe(callbacks) {
      const stop = observeFieldEvents(editable, callbacks);
      // Caret moves inside contenteditable only show up as document selection changes.
      const selectionchange = (event: Event): void => {
        if (editable.contains(document.activeElement) || document.activeElement === editable) callbacks.caret(event);
      };
      document.addEventListener('selectionchange', selectionchange);
      return () => {
        stop();
        document.removeEventListener('selectionchange', selectionchange);
      };
    },
    font() {
      return getComputedStyle(editable).font;
    },
  };
}
