import { placeListbox, visibleArea } from './place-listbox.js';

/**
 * Places the listbox next to the caret inside the visible viewport (see `placeListbox`) after
 * measuring it as rendered, and the ghost text right at the caret, in the field's font. Both are
 * `position: fixed` in the top layer, so the caret's viewport coordinates are theirs. While the
 * caret's line is outside the visible area (the page scrolled it away), the popup is hidden
 * rather than pinned to an edge.
 *
 * @example
 * positionPopup(layer, listbox, ghost, adapter.caretRect(), adapter.font?.());
 */
export function positionPopup(layer: HTMLElement, listbox: HTMLElement, ghost: HTMLElement, caret: DOMRect, font: string | undefined): void {
  const area = visibleArea();
  // Styles are set through CSSOM (`style.x = ...`), which a strict `style-src` allows.
  layer.style.visibility = caret.bottom < area.top || caret.top > area.bottom || caret.left > area.right || caret.right < area.left ? 'hidden' : '';
  // The natural size, under the stylesheet's own limits, not the last placement's.
  listbox.style.maxHeight = listbox.style.maxWidth = '';
  const size = listbox.getBoundingClientRect();
  const { top, left, maxHeight, maxWidth, above } = placeListbox(caret, size, area);
  // A list above the caret hangs from its bottom edge, so options that arrive later (without a
  // new placement) grow it upwards, away from the line being typed.
  const bottom = document.documentElement.clientHeight - top - Math.min(size.height, maxHeight);
  Object.assign(listbox.style, {
    top: above ? 'auto' : `${top}px`,
    bottom: above ? `${bottom}px` : 'auto',
    left: `${left}px`,
    // The room on its side, under the stylesheet's own limit, which stays in force.
    maxHeight: `min(var(--logprob-max-height,16rem),${maxHeight}px)`,
    maxWidth: `${maxWidth}px`,
  });
  ghost.style.top = `${caret.top}px`;
  ghost.style.left = `${caret.left}px`;
  if (font) ghost.style.font = font;
  // The shorthand above resets line-height; the caret's height is what lines up.
  ghost.style.lineHeight = `${caret.height}px`;
}

/**
 * Shows the popup layer at `caret` (in the top layer where `popover` is supported), or hides it
 * when `caret` is `null`. An open popup is moved only when `reposition` is set. It is placed
 * after it is shown, so that the list is measured as the page will draw it.
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
  if (visible !== wasVisible) {
    if (popover) layer.togglePopover(visible);
    else layer.hidden = !visible;
  }
  if (caret && (reposition || !wasVisible)) positionPopup(layer, listbox, ghost, caret, font);
}
