/**
 * Calls `reposition` whenever what the user sees of the page moves under the caret: a scroll of
 * the page or of any scrolling box (captured), a window resize, and a visual viewport resize or
 * scroll (pinch zoom, an on-screen keyboard opening or closing). Returns the function that stops.
 *
 * @example
 * const stop = followViewport(() => { element.requestUpdate(); });
 */
export function followViewport(reposition: () => void): () => void {
  const options = { capture: true, passive: true };
  const targets = [window, window.visualViewport].filter((target) => target !== null);
  for (const target of targets) {
    target.addEventListener('scroll', reposition, options);
    target.addEventListener('resize', reposition, options);
  }
  return () => {
    for (const target of targets) {
      target.removeEventListener('scroll', reposition, options);
      target.removeEventListener('resize', reposition, options);
    }
  };
}
