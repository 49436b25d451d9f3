/**
 * The caret's rectangle (viewport coordinates) in a `<textarea>` or `<input>`, measured with a
 * mirror element: a hidden copy of the field's box and text up to the caret, followed by a marker
 * whose position is the caret's. A few lines of our own instead of a positioning library keep the
 * drop-in bundle within its size budget.
 *
 * @example
 * const rect = textFieldCaretRect(textarea, textarea.selectionEnd ?? 0);
 */
export function textFieldCaretRect(field: HTMLTextAreaElement | HTMLInputElement, caret: number): DOMRect {
  const style = getComputedStyle(field);
  const mirror = document.createElement('div');
  // Copying every computed property (box, padding, font, spacing, wrapping) is a few lines of
  // code; listing the ones that matter would cost the bundle more than it saves at run time.
  for (const property of style) mirror.style.setProperty(property, style.getPropertyValue(property));
  const isInput = field instanceof HTMLInputElement;
  Object.assign(mirror.style, {
    position: 'fixed', visibility: 'hidden', top: '0', left: '0', overflow: 'hidden', display: 'block',
    margin: '0', transform: 'none', whiteSpace: isInput ? 'pre' : 'pre-wrap', overflowWrap: isInput ? 'normal' : 'break-word',
  });
  mirror.textContent = field.value.slice(0, caret);
  const marker = document.createElement('span');
  // A zero-width space gives the marker a line box even at the end of the text.
  marker.textContent = field.value.slice(caret) || '\u200b';
  mirror.append(marker);
  document.body.append(mirror);
  const mirrorRect = mirror.getBoundingClientRect();
  const markerRect = marker.getClientRects()[0] ?? marker.getBoundingClientRect();
  mirror.remove();
  const fieldRect = field.getBoundingClientRect();
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
  const height = Math.min(markerRect.height, lineHeight) || lineHeight;
  // An input centres its single line vertically; a mirror div would put it at the top.
  const top = isInput
    ? fieldRect.top + (fieldRect.height - height) / 2
    : fieldRect.top + markerRect.top - mirrorRect.top - field.scrollTop;
  return new DOMRect(fieldRect.left + markerRect.left - mirrorRect.left - field.scrollLeft, top, 0, height);
}
