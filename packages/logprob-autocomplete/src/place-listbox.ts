/** Where the listbox goes, in the coordinates of `getBoundingClientRect` (the layout viewport's). */
export interface ListboxPlacement {
  top: number;
  left: number;
  /** The list's height limit: at most the room on the side it opens to (it scrolls beyond). */
  maxHeight: number;
  /** The list's width limit: its measured width, or the visible width minus the margins if less. */
  maxWidth: number;
  /** Whether it opens above the caret's line. */
  above: boolean;
}

/** Space kept between the list and the edges of the visible area. */
const MARGIN = 4;
/** Space kept between the caret's line and the list. */
const GAP = 2;

/**
 * Places a list of natural size `size` next to `caret` inside `area` (the visible viewport): under
 * the caret's line when it fits there, otherwise above it when it fits there, otherwise on the
 * roomier side with its height cut to that room, so it never covers the line being typed. It
 * starts at the caret and is shifted left as far as needed to stay inside, and never gets wider
 * than the area.
 *
 * @example
 * const { top, left, maxHeight } = placeListbox(caretRect, listbox.getBoundingClientRect(), visibleArea());
 */
export function placeListbox(caret: DOMRect, size: { width: number; height: number }, area: DOMRect): ListboxPlacement {
  const maxWidth = Math.max(0, Math.min(size.width, area.width - 2 * MARGIN));
  const left = Math.max(area.left + MARGIN, Math.min(caret.left, area.right - MARGIN - maxWidth));
  const roomBelow = area.bottom - MARGIN - (caret.bottom + GAP);
  const roomAbove = caret.top - GAP - (area.top + MARGIN);
  const above = size.height > roomBelow && roomAbove > roomBelow;
  const maxHeight = Math.max(0, above ? roomAbove : roomBelow);
  const top = above ? caret.top - GAP - Math.min(size.height, maxHeight) : caret.bottom + GAP;
  return { top, left, maxHeight, maxWidth, above };
}

/**
 * The part of the page the user sees, in `getBoundingClientRect` coordinates: the visual viewport
 * (smaller than the layout viewport when zoomed in or when an on-screen keyboard is up). Every
 * supported browser has `visualViewport`; the window's size stands in where it is missing.
 *
 * @example
 * const area = visibleArea();
 */
export function visibleArea(): DOMRect {
  const viewport = window.visualViewport ?? { offsetLeft: 0, offsetTop: 0, width: innerWidth, height: innerHeight };
  return new DOMRect(viewport.offsetLeft, viewport.offsetTop, viewport.width, viewport.height);
}
