const MARGIN = 4;

/**
 * Places the listbox under the caret, or above it when there is no room below, kept inside the
 * viewport; and the ghost text right at the caret, in the host's font. Coordinates are the
 * viewport's (both are `position: fixed` in the top layer).
 *
 * @example
 * positionPopup(listbox, ghost, adapter.caretRect(), adapter.font?.());
 */
export function positionPopup(listbox: HTMLElement, ghost: HTMLElement, caret: DOMRect, font: string | undefined): void {
  const { width, height } = listbox.getBoundingClientRect();
  const below = caret.bottom + MARGIN;
  const top = below + height > innerHeight && caret.top - height - MARGIN >= 0 ? caret.top - height - MARGIN : below;
  const left = Math.max(MARGIN, Math.min(caret.left, innerWidth - width - MARGIN));
  listbox.style.top = `${top}px`;
  listbox.style.left = `${left}px`;
  ghost.style.top = `${caret.top}px`;
  ghost.style.left = `${caret.left}px`;
  if (font) ghost.style.font = font;
  // The shorthand above resets line-height; the caret's height is what lines up.
  ghost.style.lineHeight = `${caret.height}px`;
}

/**
 * Shows the popup layer at `caret` (in the top layer where `popover` is supported), or hides it
 * when `caret` is `null`. An open popup is moved only when `reposition` is set.
 *
 * @example
 * syncPopup(element.renderRoot, adapter.caretRect(), adapter.font?.());
 */
export function syncPopup(root: ParentNode, caret: DOMRect | null, font: string | undefined, reposition = true): void {
  const layer = root.querySelector<HTMLElement>('[data-logprob-layer]');
  const listbox = layer?.querySelector<HTMLElement>('[part~=listbox]');
  const ghost = layer?.querySelector<HTMLElement>('[part~=ghost]');
  if (!layer || !listbox || !ghost) return;
  const visible = caret !== null;
  // Typed as always present, but older engines lack it: fall back to `hidden`.
  const popover = typeof (layer as Partial<HTMLElement>).togglePopover === 'function';
  const wasVisible = popover ? layer.matches(':popover-open') : !layer.hidden;
  if (caret && (reposition || !wasVisible)) positionPopup(listbox, ghost, caret, font);
  if (visible === wasVisible) return;
  if (popover) layer.togglePopover(visible);
  else layer.hidden = !visible;
}
